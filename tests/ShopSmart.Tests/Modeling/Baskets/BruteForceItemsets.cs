namespace ShopSmart.Tests.Modeling.Baskets;

/// <summary>Frequent itemsets by the definition: count every subset of the items in every transaction (≤ 20 items).</summary>
internal static class BruteForceItemsets
{
    public static Dictionary<string, int> Count(IReadOnlyList<int[]> transactions, int minCount, int maxLength)
    {
        var items = transactions.SelectMany(t => t).Distinct().Order().ToArray();
        Assert.True(items.Length <= 20, "brute force is for small fixtures");
        var masks = transactions
            .Select(t => t.Aggregate(0, (mask, key) => mask | (1 << Array.IndexOf(items, key))))
            .ToArray();

        var result = new Dictionary<string, int>();
        for (var subset = 1; subset < 1 << items.Length; subset++)
        {
            if (int.PopCount(subset) > maxLength)
            {
                continue;
            }

            var count = masks.Count(mask => (mask & subset) == subset);
            if (count >= minCount)
            {
                var keys = Enumerable.Range(0, items.Length).Where(i => (subset & (1 << i)) != 0).Select(i => items[i]);
                result[Key(keys)] = count;
            }
        }

        return result;
    }

    public static string Key(IEnumerable<int> items) => string.Join(",", items);
}
