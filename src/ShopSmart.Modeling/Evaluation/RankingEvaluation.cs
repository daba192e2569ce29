namespace ShopSmart.Modeling.Evaluation;

/// <summary>Precision, recall and success at K of ranked product recommendations.</summary>
public static class RankingEvaluation
{
    /// <summary>
    /// Over customers with at least one hold-out purchase: a hit is a distinct product among the customer's first
    /// K recommendations that they bought in the hold-out period. NaN metrics when no customer qualifies.
    /// </summary>
    /// <param name="recommended">Per customer, products best first (only the first K are read).</param>
    /// <param name="holdOut">Per customer, the products bought in the hold-out period.</param>
    /// <param name="k">Recommendations per customer to look at.</param>
    public static RankingMetrics AtK<TCustomer, TList, TSet>(
        IReadOnlyDictionary<TCustomer, TList> recommended,
        IReadOnlyDictionary<TCustomer, TSet> holdOut,
        int k)
        where TCustomer : notnull
        where TList : IReadOnlyList<int>
        where TSet : IReadOnlySet<int>
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(holdOut);
        if (k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "K must be at least 1.");
        }

        var customers = 0;
        double precision = 0, recall = 0, success = 0;
        foreach (var (customer, bought) in holdOut)
        {
            if (bought is null || bought.Count == 0)
            {
                continue;
            }

            customers++;
            var hits = recommended.TryGetValue(customer, out var list) && list is not null ? Hits(list, bought, k) : 0;
            precision += (double)hits / k;
            recall += (double)hits / bought.Count;
            success += hits > 0 ? 1 : 0;
        }

        return customers == 0
            ? new RankingMetrics(k, 0, double.NaN, double.NaN, double.NaN)
            : new RankingMetrics(k, customers, precision / customers, recall / customers, success / customers);
    }

    private static int Hits(IReadOnlyList<int> list, IReadOnlySet<int> bought, int k)
    {
        var hits = 0;
        var top = Math.Min(k, list.Count);
        for (var i = 0; i < top; i++)
        {
            if (bought.Contains(list[i]) && !SeenBefore(list, i))
            {
                hits++;
            }
        }

        return hits;
    }

    // A product listed twice is one hit; K is small, so a scan beats a set.
    private static bool SeenBefore(IReadOnlyList<int> list, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (list[j] == list[i])
            {
                return true;
            }
        }

        return false;
    }
}
