namespace ShopSmart.Reporting.Observations;

/// <summary>The run of consecutive periods with the highest total, and its share of the whole.</summary>
public sealed record PeakWindow(int Start, int Length, double Total, double Share)
{
    /// <summary>
    /// The <paramref name="length"/> consecutive values with the largest sum (the earliest on a tie); null when there
    /// are fewer values than that or nothing positive to share.
    /// </summary>
    public static PeakWindow? Find(IReadOnlyList<double> values, int length)
    {
        var all = values.Sum();
        if (values.Count < length || length < 1 || all <= 0)
        {
            return null;
        }

        var best = -1;
        var bestSum = double.NegativeInfinity;
        for (var start = 0; start + length <= values.Count; start++)
        {
            var sum = 0.0;
            for (var i = start; i < start + length; i++)
            {
                sum += values[i];
            }

            if (sum > bestSum)
            {
                (best, bestSum) = (start, sum);
            }
        }

        return new PeakWindow(best, length, bestSum, bestSum / all);
    }
}
