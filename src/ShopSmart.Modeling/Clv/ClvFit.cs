namespace ShopSmart.Modeling.Clv;

/// <summary>The two fitted models behind customer lifetime value, with their diagnostics.</summary>
/// <param name="Purchases">BG/NBD, fitted on every customer.</param>
/// <param name="Spend">Gamma-Gamma, fitted on the customers with at least one repeat purchase.</param>
public sealed record ClvFit(BgNbdFit Purchases, GammaGammaFit Spend)
{
    /// <summary>One customer's value over the horizon of <paramref name="options"/>.</summary>
    public CustomerValue Value(RepeatHistory customer, double meanValue, ClvOptions? options = null) =>
        CustomerLifetimeValue.Value(Purchases.Parameters, Spend.Parameters, customer, meanValue, options);
}
