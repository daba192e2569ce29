namespace ShopSmart.Modeling.Baskets;

/// <summary>The one order of rules: the strongest first, ties broken by content so the order never varies.</summary>
internal static class RuleStrength
{
    public static int Compare(AssociationRule? x, AssociationRule? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null) * -1;
        }

        var c = y.Confidence.CompareTo(x.Confidence);
        if (c == 0)
        {
            c = y.Lift.CompareTo(x.Lift);
        }

        if (c == 0)
        {
            c = y.Count.CompareTo(x.Count);
        }

        if (c == 0)
        {
            c = ItemsetComparer.Instance.Compare(x.Antecedent, y.Antecedent);
        }

        return c != 0 ? c : x.Consequent.CompareTo(y.Consequent);
    }
}
