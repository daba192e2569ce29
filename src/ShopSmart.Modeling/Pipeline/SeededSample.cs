namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// The one way a run takes a subset of rows when a step would otherwise grow with the data without making its result
/// better: a seeded uniform sample of row indexes, in row order, so the same data and seed give the same subset.
/// </summary>
public static class SeededSample
{
    /// <summary>Row indexes of a seeded sample of at most <paramref name="max"/> of <paramref name="count"/> rows, in row order (all of them when they fit).</summary>
    public static int[] Indexes(int count, int max, int seed)
    {
        var all = Enumerable.Range(0, count).ToArray();
        if (count <= max)
        {
            return all;
        }

        new Random(seed).Shuffle(all);
        return [.. all.Take(max).Order()];
    }
}
