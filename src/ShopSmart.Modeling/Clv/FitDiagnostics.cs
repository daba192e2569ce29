namespace ShopSmart.Modeling.Clv;

/// <summary>How a maximum-likelihood fit went.</summary>
/// <param name="Method">"BFGS", or "Nelder-Mead" when BFGS failed and the fallback ran.</param>
/// <param name="Converged">The final gradient is below <see cref="OptimizerOptions.ConvergedGradient"/>.</param>
/// <param name="Iterations">Iterations of the method that produced the estimate (BFGS's included when it fell back).</param>
/// <param name="LogLikelihood">Σ ln L at the estimate.</param>
/// <param name="ExitReason">The optimiser's exit condition, and why BFGS was abandoned when it was.</param>
/// <param name="GradientNorm">max |∂ mean ln L / ∂ ln θ| at the estimate.</param>
/// <param name="Customers">Customers in the fit.</param>
public sealed record FitDiagnostics(
    string Method, bool Converged, int Iterations, double LogLikelihood, string ExitReason, double GradientNorm, int Customers);
