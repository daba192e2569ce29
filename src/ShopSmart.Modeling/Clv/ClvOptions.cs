namespace ShopSmart.Modeling.Clv;

/// <summary>How customer lifetime value is discounted and over what horizon.</summary>
public sealed record ClvOptions
{
    /// <summary>Months ahead the value is summed over.</summary>
    public int HorizonMonths { get; init; } = 12;

    /// <summary>Discount rate per month: the value of month m is divided by (1 + d)^m.</summary>
    public double MonthlyDiscountRate { get; init; } = 0.01;

    /// <summary>
    /// Time units of the BG/NBD histories in one month: 30.4375 for days (our data, 365.25 / 12), 4.348 for weeks.
    /// </summary>
    public double TimeUnitsPerMonth { get; init; } = 30.4375;

    /// <summary>Throws, naming the setting and its value, when an option is out of range.</summary>
    public void Validate()
    {
        if (HorizonMonths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(HorizonMonths), HorizonMonths, "The CLV horizon must be at least one month.");
        }

        if (!(MonthlyDiscountRate > -1) || double.IsInfinity(MonthlyDiscountRate))
        {
            throw new ArgumentOutOfRangeException(nameof(MonthlyDiscountRate), MonthlyDiscountRate, "The monthly discount rate must be finite and above −1.");
        }

        if (!(TimeUnitsPerMonth > 0) || double.IsInfinity(TimeUnitsPerMonth))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeUnitsPerMonth), TimeUnitsPerMonth, "A month must last a finite time > 0.");
        }
    }
}
