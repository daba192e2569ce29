using MathNet.Numerics.Statistics;

namespace ShopSmart.Modeling.Clv;

/// <summary>Maximum-likelihood Gamma-Gamma fit over ln(p, q, γ), on customers with at least one repeat transaction.</summary>
public static class GammaGammaFitter
{
    public const string ModelName = "Gamma-Gamma";

    /// <exception cref="ArgumentException">A customer has x &lt; 1 or z̄ ≤ 0, or there are fewer than two customers.</exception>
    /// <exception cref="ModelFitException">Neither optimiser converged.</exception>
    public static GammaGammaFit Fit(IReadOnlyList<SpendHistory> customers, OptimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        for (var i = 0; i < customers.Count; i++)
        {
            customers[i].Validate(i);
        }

        if (customers.Count < 2)
        {
            throw new ArgumentException($"{ModelName}: {customers.Count} customer(s) with repeat purchases; at least two are needed.");
        }

        var (logParameters, diagnostics) = LogSpaceOptimizer.Minimize(
            ModelName, logTheta => Objective(logTheta, customers), Start(customers), customers.Count, options ?? new OptimizerOptions());
        var correlation = Correlation.Pearson(customers.Select(c => c.Frequency), customers.Select(c => c.MeanValue));
        return new GammaGammaFit(GammaGammaParameters.FromLog(logParameters), diagnostics, correlation);
    }

    /// <summary>p = 1, q = 2 and γ = mean z̄, so the population mean pγ / (q − 1) starts at the observed mean.</summary>
    internal static double[] Start(IReadOnlyList<SpendHistory> customers) =>
        [0, Math.Log(2), Math.Log(customers.Average(c => c.MeanValue))];

    /// <summary>Mean −ln f per customer, and its gradient over ln θ.</summary>
    internal static (double Value, double[] Gradient) Objective(double[] logTheta, IReadOnlyList<SpendHistory> customers)
    {
        var parameters = GammaGammaParameters.FromLog(logTheta);
        var theta = parameters.ToArray();
        var value = 0.0;
        var gradient = new double[3];
        foreach (var customer in customers)
        {
            value -= GammaGammaLikelihood.LogLikelihood(parameters, customer);
            var g = GammaGammaLikelihood.Gradient(parameters, customer);
            for (var j = 0; j < 3; j++)
            {
                gradient[j] -= theta[j] * g[j];
            }
        }

        var n = customers.Count;
        return (value / n, gradient.Select(g => g / n).ToArray());
    }
}
