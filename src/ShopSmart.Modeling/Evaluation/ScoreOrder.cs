namespace ShopSmart.Modeling.Evaluation;

/// <summary>Row indices by score, highest first; equal scores by row index so that deciles never vary between runs.</summary>
internal static class ScoreOrder
{
    public static int[] Descending(ReadOnlySpan<double> scores)
    {
        var keys = new double[scores.Length];
        var order = new int[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            keys[i] = -scores[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        return order;
    }

    /// <summary>Where the run of scores equal to the one at <paramref name="start"/> ends (exclusive).</summary>
    public static int EndOfTies(ReadOnlySpan<double> scores, int[] order, int start)
    {
        var score = scores[order[start]];
        var end = start + 1;
        while (end < order.Length && scores[order[end]] == score)
        {
            end++;
        }

        return end;
    }
}
