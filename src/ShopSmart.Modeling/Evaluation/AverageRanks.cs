namespace ShopSmart.Modeling.Evaluation;

/// <summary>Ranks 1 … n by ascending value, equal values sharing the mean of the ranks they span.</summary>
internal static class AverageRanks
{
    public static double[] Of(ReadOnlySpan<double> values)
    {
        var keys = values.ToArray();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ranks = new double[keys.Length];
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start … end − 1 hold ranks start + 1 … end, whose mean is (start + 1 + end) / 2.
            var rank = (start + 1 + end) / 2.0;
            for (var i = start; i < end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end;
        }

        return ranks;
    }
}
