namespace ShopSmart.Modeling.Baskets;

/// <summary>Which rules are kept.</summary>
public sealed class AssociationRuleOptions
{
    /// <summary>Keep rules whose confidence is at least this, in [0, 1].</summary>
    public double MinConfidence { get; set; } = 0.2;

    /// <summary>
    /// Keep rules whose lift is strictly above this. The default 1.0 keeps only rules that beat independence: a
    /// rule at lift 1 recommends a product no more often than it sells anyway.
    /// </summary>
    public double MinLift { get; set; } = 1.0;

    internal void Validate()
    {
        if (!(MinConfidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "Minimum confidence must be in [0, 1].");
        }

        if (!(MinLift >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(MinLift), MinLift, "Minimum lift must be 0 or more.");
        }
    }
}
