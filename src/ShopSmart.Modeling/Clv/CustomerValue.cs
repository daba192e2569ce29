namespace ShopSmart.Modeling.Clv;

/// <summary>One customer's value over the CLV horizon.</summary>
/// <param name="ExpectedPurchases">E[Y(horizon) | x, tₓ, T], undiscounted.</param>
/// <param name="ProbabilityAlive">P(alive | x, tₓ, T) at the end of the calibration period.</param>
/// <param name="ExpectedAverageValue">Gamma-Gamma E[Z | x, z̄] (the population mean when x = 0).</param>
/// <param name="DiscountedValue">Σₘ (E[Y(m)] − E[Y(m−1)]) · E[Z | x, z̄] / (1 + d)^m over the horizon's months.</param>
public sealed record CustomerValue(double ExpectedPurchases, double ProbabilityAlive, double ExpectedAverageValue, double DiscountedValue);
