using System.Globalization;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>A band of the 12-month CLV distribution: its customers and their total CLV.</summary>
public sealed record ClvBand(string Label, double Lower, double? Upper, long Customers, double TotalClv)
{
    /// <summary>Band edges in pounds: CLV is heavily skewed, so the bands widen as values grow.</summary>
    public static readonly double[] Edges = [0, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000];

    /// <summary>
    /// Counts <paramref name="clv"/> values into the bands, from the first band up to the last one holding a value
    /// (empty bands in between stay, so the shape is honest). Values below 0 count in the first band.
    /// </summary>
    public static IReadOnlyList<ClvBand> From(IEnumerable<double> clv)
    {
        var counts = new long[Edges.Length];
        var totals = new double[Edges.Length];
        var any = false;
        foreach (var value in clv)
        {
            var band = Math.Max(0, Array.FindLastIndex(Edges, edge => value >= edge));
            counts[band]++;
            totals[band] += value;
            any = true;
        }

        if (!any)
        {
            return [];
        }

        var last = Array.FindLastIndex(counts, c => c > 0);
        return Enumerable.Range(0, last + 1)
            .Select(i => new ClvBand(BandLabel(i), Edges[i], i + 1 < Edges.Length ? Edges[i + 1] : null, counts[i], totals[i]))
            .ToList();
    }

    private static string BandLabel(int band) => band + 1 < Edges.Length
        ? $"£{Edges[band].ToString("N0", CultureInfo.InvariantCulture)}–{Edges[band + 1].ToString("N0", CultureInfo.InvariantCulture)}"
        : $"£{Edges[band].ToString("N0", CultureInfo.InvariantCulture)}+";
}
