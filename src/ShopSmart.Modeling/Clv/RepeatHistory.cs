namespace ShopSmart.Modeling.Clv;

/// <summary>
/// One customer's calibration-period summary for BG/NBD, in the caller's time unit (weeks for CDNOW, days for our
/// data): <paramref name="Frequency"/> x, the repeat transactions (purchases after the first, one per distinct day);
/// <paramref name="Recency"/> tₓ, the time from the first to the last purchase (0 when x = 0); <paramref name="Age"/>
/// T, the time from the first purchase to the end of the calibration period.
/// </summary>
public sealed record RepeatHistory(double Frequency, double Recency, double Age)
{
    /// <summary>Throws, naming the customer and the value, when the record cannot come from a purchase history.</summary>
    public void Validate(int index)
    {
        if (!(Frequency >= 0) || Frequency != Math.Floor(Frequency) || double.IsInfinity(Frequency))
        {
            throw new ArgumentException($"Customer {index}: frequency x = {Frequency} is not a whole number ≥ 0.");
        }

        if (!(Age > 0) || double.IsInfinity(Age))
        {
            throw new ArgumentException($"Customer {index}: age T = {Age} is not a finite time > 0.");
        }

        if (!(Recency >= 0) || Recency > Age)
        {
            throw new ArgumentException($"Customer {index}: recency t_x = {Recency} is not within [0, T = {Age}].");
        }
    }
}
