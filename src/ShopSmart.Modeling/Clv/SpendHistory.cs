namespace ShopSmart.Modeling.Clv;

/// <summary>
/// One customer's spend for the Gamma-Gamma model: <paramref name="Frequency"/> x, the repeat transactions (x ≥ 1 to
/// enter the fit), and <paramref name="MeanValue"/> z̄, the mean value of those repeat transactions (&gt; 0).
/// </summary>
public sealed record SpendHistory(double Frequency, double MeanValue)
{
    /// <summary>Throws, naming the customer and the value, when the record cannot enter a Gamma-Gamma fit.</summary>
    public void Validate(int index)
    {
        if (!(Frequency >= 1) || Frequency != Math.Floor(Frequency) || double.IsInfinity(Frequency))
        {
            throw new ArgumentException($"Customer {index}: frequency x = {Frequency} is not a whole number ≥ 1.");
        }

        if (!(MeanValue > 0) || double.IsInfinity(MeanValue))
        {
            throw new ArgumentException($"Customer {index}: mean repeat value z̄ = {MeanValue} is not a finite amount > 0.");
        }
    }
}
