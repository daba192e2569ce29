using System.Globalization;
using ShopSmart.Modeling.Clv;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Modeling.Clv;

/// <summary>
/// The fitters reproduce the estimates published for the CDNOW sample (2,357 customers, 39-week calibration, in
/// weeks): BG/NBD by Fader, Hardie &amp; Lee (2005), Gamma-Gamma by Fader &amp; Hardie's note on monetary value (2013).
/// The data set lives beside the repository (../shared/datasets/cdnow); without it the tests are skipped.
/// </summary>
public sealed class CdnowFitTests
{
    [SkippableFact]
    public void BG_NBD_fit_reproduces_the_published_CDNOW_estimates()
    {
        var customers = Read("cdnow_customers_summary.csv", f => new RepeatHistory(f[1], f[2], f[3]));

        var fit = BgNbdFitter.Fit(customers);

        Assert.Equal(2357, customers.Count);
        Assert.True(fit.Diagnostics.Converged, fit.Diagnostics.ExitReason);
        Assert.Equal(0.243, fit.Parameters.R, 0.0005);
        Assert.Equal(4.414, fit.Parameters.Alpha, 0.0005);
        Assert.Equal(0.793, fit.Parameters.A, 0.0005);
        Assert.Equal(2.426, fit.Parameters.B, 0.0005);
        Assert.Equal(-9582.4, fit.Diagnostics.LogLikelihood, 0.05);
    }

    [SkippableFact]
    public void Gamma_Gamma_fit_reproduces_the_published_CDNOW_estimates()
    {
        // The 946 customers with a repeat purchase, their mean repeat-transaction value z̄ in dollars.
        var customers = Read("cdnow_customers_summary_with_transactions.csv", f => new SpendHistory(f[1], f[4]))
            .Where(c => c.Frequency > 0).ToList();

        var fit = GammaGammaFitter.Fit(customers);

        Assert.Equal(946, customers.Count);
        Assert.True(fit.Diagnostics.Converged, fit.Diagnostics.ExitReason);
        Assert.Equal(6.25, fit.Parameters.P, 0.005);
        Assert.Equal(3.74, fit.Parameters.Q, 0.005);
        Assert.Equal(15.44, fit.Parameters.Gamma, 0.015);
    }

    [SkippableFact]
    public void The_repeat_purchase_histogram_counts_the_data_and_the_model_expects_close_to_it()
    {
        var customers = Read("cdnow_customers_summary.csv", f => new RepeatHistory(f[1], f[2], f[3]));
        var parameters = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

        var histogram = CalibrationChecks.RepeatPurchaseHistogram(parameters, customers, new FitCheckOptions { FrequencyBuckets = 7 });

        // The paper's Figure 2: 1,411 customers made no repeat purchase, 439 one, … 64 seven or more.
        Assert.Equal([1411.0, 439, 214, 100, 62, 38, 29, 64], histogram.Select(b => b.Actual));
        Assert.Equal(2357, histogram.Sum(b => b.Expected), 1e-6);
        Assert.All(histogram, b => Assert.InRange(b.Expected, 0.85 * b.Actual - 5, 1.15 * b.Actual + 5));
    }

    private static List<T> Read<T>(string file, Func<double[], T> row)
    {
        var path = Path.Combine(RepoPaths.SharedDatasets, "cdnow", file);
        Skip.IfNot(File.Exists(path), $"needs the CDNOW summary at {path} (../shared/datasets beside the repository); absent here");
        return File.ReadLines(path).Skip(1)
            .Select(line => row(line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()))
            .ToList();
    }
}
