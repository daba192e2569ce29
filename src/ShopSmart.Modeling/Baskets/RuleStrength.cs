namespace ShopSmart.Modeling.Baskets;

/// <summary>The one order of rules: the strongest first, ties broken by content so the order never varies.</summary>
internal static class RuleStrength
{
    public static int Compare(AssociationRule? x, AssociationRule? y) => Compare(x, y, ProductOrder.ByKey);

    /// <summary>Ties between equally strong rules go by their products in <paramref name="products"/>' order.</summary>
    public static int Compare(AssociationRule? x, AssociationRule? y, ProductOrder products)
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
            c = products.CompareItemsets(x.Antecedent, y.Antecedent);
        }

        return c != 0 ? c : products.Compare(x.Consequent, y.Consequent);
    }
}
