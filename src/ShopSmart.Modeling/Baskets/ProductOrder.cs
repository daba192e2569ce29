namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Products in the order of their stock codes (ordinal), for every tie between products that reaches an output: rule
/// ids, the order of an antecedent's products, which of two equal candidates is recommended. Surrogate keys would do
/// as a total order, but they follow the order the files were loaded in, and the same lines must give the same rules.
/// A product without a code sorts after those with one, by key.
/// </summary>
public sealed class ProductOrder : IComparer<int>
{
    /// <summary>Key order: for the algorithms' own tests, where keys stand for products.</summary>
    public static readonly ProductOrder ByKey = new(new Dictionary<int, int>());

    private readonly IReadOnlyDictionary<int, int> _rank;

    private ProductOrder(IReadOnlyDictionary<int, int> rank) => _rank = rank;

    public static ProductOrder ByStockCode(IEnumerable<(int ProductKey, string StockCode)> products) =>
        new(products.OrderBy(p => p.StockCode, StringComparer.Ordinal).ThenBy(p => p.ProductKey)
            .Select((p, rank) => (p.ProductKey, rank))
            .ToDictionary(p => p.ProductKey, p => p.rank));

    public int Compare(int x, int y)
    {
        var known = _rank.TryGetValue(x, out var rx);
        var c = known.CompareTo(_rank.TryGetValue(y, out var ry)) * -1;
        return c != 0 ? c : known && rx != ry ? rx.CompareTo(ry) : x.CompareTo(y);
    }

    /// <summary>The items in this order.</summary>
    public int[] Sorted(IReadOnlyList<int> items)
    {
        var sorted = items.ToArray();
        Array.Sort(sorted, this);
        return sorted;
    }

    /// <summary>Item sets: the shorter first, then product by product in this order.</summary>
    public int CompareItemsets(IReadOnlyList<int> x, IReadOnlyList<int> y)
    {
        if (x.Count != y.Count)
        {
            return x.Count.CompareTo(y.Count);
        }

        var (a, b) = (Sorted(x), Sorted(y));
        for (var i = 0; i < a.Length; i++)
        {
            var c = Compare(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
