using ShopSmart.Modeling.Features;

namespace ShopSmart.Modeling.Propensity;

/// <summary>
/// The RFM score (R + F + M, each 1..5) of customers as of any cut-off, by the rule of mart.v_customer_rfm:
/// score = min(5, 1 + floor(5 · percent_rank)), recency ranked descending (recent = 5), ties sharing the lower score.
/// The view applies it as of the day after the last invoice; the baselines need it at earlier cut-offs, and a test
/// holds the two to the same answer.
/// </summary>
public static class RfmScore
{
    public static int[] Compute(IReadOnlyList<CustomerFeatures> customers)
    {
        var r = Scores(customers.Select(c => -(double)c.RecencyDays).ToArray());
        var f = Scores(customers.Select(c => (double)c.Frequency).ToArray());
        var m = Scores(customers.Select(c => c.Monetary).ToArray());
        return customers.Select((_, i) => r[i] + f[i] + m[i]).ToArray();
    }

    /// <summary>Quintile scores by percent rank (rank − 1) / (n − 1), ascending; equal values share a score.</summary>
    public static int[] Scores(double[] values)
    {
        var n = values.Length;
        var scores = new int[n];
        if (n == 0)
        {
            return scores;
        }

        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var position = 0;
        while (position < n)
        {
            var end = position;
            while (end + 1 < n && values[order[end + 1]] == values[order[position]])
            {
                end++;
            }

            // SQL's percent_rank gives every tied row the rank of the first of them.
            var percentRank = n > 1 ? (double)position / (n - 1) : 0;
            var score = Math.Min(5, 1 + (int)Math.Floor(5 * percentRank));
            for (var i = position; i <= end; i++)
            {
                scores[order[i]] = score;
            }

            position = end + 1;
        }

        return scores;
    }
}
