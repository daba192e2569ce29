using ShopSmart.Modeling.Data;

namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Mines the association rules of one cut-off: FP-Growth over the clean-sale invoices of the BasketDays before it
/// (guest invoices count: a basket needs no customer), rules above the confidence and lift thresholds.
/// </summary>
public static class BasketMiner
{
    public sealed record Mined(IReadOnlyList<AssociationRule> Rules, int Invoices, int Itemsets, int MinCount);

    /// <summary>The invoices the rules of <paramref name="cutoff"/> are mined from.</summary>
    public static (IReadOnlyList<int[]> Baskets, int Invoices) Read(ModelingWarehouse warehouse, ModelingOptions options, DateOnly cutoff) =>
        warehouse.Baskets(cutoff.AddDays(-options.BasketDays), cutoff, options.MinSupport);

    public static Mined Mine(IReadOnlyList<int[]> baskets, int invoices, ModelingOptions options)
    {
        // Invoices holding no frequent product were not read, but they still count in every support's denominator.
        var transactions = baskets.Concat(Enumerable.Repeat(Array.Empty<int>(), Math.Max(0, invoices - baskets.Count))).ToList();
        var itemsets = FpGrowth.Mine(transactions, new FrequentItemsetOptions { MinSupport = options.MinSupport, MaxLength = 3 });
        var rules = AssociationRules.Generate(itemsets, new AssociationRuleOptions { MinConfidence = options.MinConfidence, MinLift = options.MinLift });
        return new Mined(rules, invoices, itemsets.Itemsets.Count, itemsets.MinCount);
    }
}
