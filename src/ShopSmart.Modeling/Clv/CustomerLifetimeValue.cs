namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Customer lifetime value over a horizon of whole months: BG/NBD purchases per month, from differences of the
/// cumulative conditional expectation, times the Gamma-Gamma expected transaction value, discounted monthly.
/// </summary>
public static class CustomerLifetimeValue
{
    /// <param name="purchases">Fitted BG/NBD parameters, in the time unit of <paramref name="customer"/>.</param>
    /// <param name="spend">Fitted Gamma-Gamma parameters.</param>
    /// <param name="customer">The calibration history.</param>
    /// <param name="meanValue">z̄, the customer's mean repeat-transaction value; ignored when x = 0.</param>
    /// <param name="options">Horizon, discount rate and month length; the defaults when null.</param>
    public static CustomerValue Value(
        BgNbdParameters purchases, GammaGammaParameters spend, RepeatHistory customer, double meanValue, ClvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        options ??= new ClvOptions();
        options.Validate();
        var averageValue = GammaGammaPredictions.ConditionalExpectedAverageValue(spend, customer.Frequency, meanValue);
        var alive = BgNbdPredictions.ProbabilityAlive(purchases, customer);

        double previous = 0, discounted = 0;
        for (var month = 1; month <= options.HorizonMonths; month++)
        {
            var cumulative = BgNbdPredictions.ConditionalExpectedPurchases(purchases, customer, month * options.TimeUnitsPerMonth);
            discounted += (cumulative - previous) * averageValue / Math.Pow(1 + options.MonthlyDiscountRate, month);
            previous = cumulative;
        }

        return new CustomerValue(previous, alive, averageValue, discounted);
    }
}
