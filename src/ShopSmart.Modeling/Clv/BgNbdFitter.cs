namespace ShopSmart.Modeling.Clv;

/// <summary>Maximum-likelihood BG/NBD fit over ln(r, α, a, b).</summary>
public static class BgNbdFitter
{
    public const string ModelName = "BG/NBD";

    /// <exception cref="ArgumentException">A customer's history is impossible, or nobody made a repeat purchase.</exception>
    /// <exception cref="ModelFitException">Neither optimiser converged.</exception>
    public static BgNbdFit Fit(IReadOnlyList<RepeatHistory> customers, OptimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        for (var i = 0; i < customers.Count; i++)
        {
            customers[i].Validate(i);
        }

        if (!customers.Any(c => c.Frequency > 0))
        {
            throw new ArgumentException($"{ModelName}: none of the {customers.Count} customers made a repeat purchase; the model is not identified.");
        }

        var (logParameters, diagnostics) = LogSpaceOptimizer.Minimize(
            ModelName, logTheta => Objective(logTheta, customers), Start(customers), customers.Count, options ?? new OptimizerOptions());
        return new BgNbdFit(BgNbdParameters.FromLog(logParameters), diagnostics);
    }

    /// <summary>
    /// r = 1 with α = ΣT / Σx, so the mean purchase rate r/α matches the observed one; a = b = 1, a drop-out
    /// probability of ½ with a flat prior.
    /// </summary>
    internal static double[] Start(IReadOnlyList<RepeatHistory> customers)
    {
        var purchases = customers.Sum(c => c.Frequency);
        var exposure = customers.Sum(c => c.Age);
        return [0, Math.Log(exposure / purchases), 0, 0];
    }

    /// <summary>Mean −ln L per customer, and its gradient over ln θ (chain rule: ∂/∂ ln θ = θ ∂/∂θ).</summary>
    internal static (double Value, double[] Gradient) Objective(double[] logTheta, IReadOnlyList<RepeatHistory> customers)
    {
        var parameters = BgNbdParameters.FromLog(logTheta);
        var theta = parameters.ToArray();
        var value = 0.0;
        var gradient = new double[4];
        foreach (var customer in customers)
        {
            value -= BgNbdLikelihood.LogLikelihood(parameters, customer);
            var g = BgNbdLikelihood.Gradient(parameters, customer);
            for (var j = 0; j < 4; j++)
            {
                gradient[j] -= theta[j] * g[j];
            }
        }

        var n = customers.Count;
        return (value / n, gradient.Select(g => g / n).ToArray());
    }
}
