namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Settings of the maximum-likelihood fits. The objective is the mean negative log-likelihood per customer over the
/// log-parameters, so the tolerances do not depend on the number of customers.
/// </summary>
public sealed record OptimizerOptions
{
    /// <summary>BFGS iterations, and ten times as many Nelder-Mead ones for the fallback.</summary>
    public int MaximumIterations { get; init; } = 1_000;

    /// <summary>BFGS stops when the relative gradient is below this.</summary>
    public double GradientTolerance { get; init; } = 1e-10;

    /// <summary>BFGS stops when no log-parameter moves by more than this (relative) in an iteration.</summary>
    public double ParameterTolerance { get; init; } = 1e-12;

    /// <summary>BFGS stops when the objective improves by less than this over an iteration.</summary>
    public double FunctionProgressTolerance { get; init; } = 1e-14;

    /// <summary>
    /// A fit is reported converged when the largest |∂ mean log-likelihood / ∂ log-parameter| at the end is below
    /// this, whichever way the optimiser stopped.
    /// </summary>
    public double ConvergedGradient { get; init; } = 1e-6;
}
