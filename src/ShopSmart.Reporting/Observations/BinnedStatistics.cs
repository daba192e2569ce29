namespace ShopSmart.Reporting.Observations;

/// <summary>
/// Statistics of a variable known only through its log10 histogram (mart.v_distribution): approximate, since each
/// value is taken at its bin's geometric middle and quantiles are interpolated on the log scale inside a bin. The
/// report states them with "≈".
/// </summary>
public sealed record BinnedStatistics(long Count, double Median, double P90, double Mean, double Skewness, double LogSkewness)
{
    /// <summary>Null when the bins hold no value.</summary>
    public static BinnedStatistics? From(IReadOnlyCollection<(double Lower, double Upper, long Count)> bins)
    {
        var ordered = bins.Where(b => b.Count > 0).OrderBy(b => b.Lower).ToList();
        var count = ordered.Sum(b => b.Count);
        if (count == 0)
        {
            return null;
        }

        var raw = ordered.Select(b => (Value: Math.Sqrt(b.Lower * b.Upper), b.Count)).ToList();
        var logs = ordered.Select(b => (Value: (Math.Log10(b.Lower) + Math.Log10(b.Upper)) / 2, b.Count)).ToList();
        return new BinnedStatistics(
            count,
            Quantile(ordered, count, 0.5),
            Quantile(ordered, count, 0.9),
            raw.Sum(v => v.Value * v.Count) / count,
            Skew(raw, count),
            Skew(logs, count));
    }

    /// <summary>The p-quantile, interpolated linearly in log10 inside the bin that holds it.</summary>
    public static double Quantile(IReadOnlyList<(double Lower, double Upper, long Count)> ordered, long count, double p)
    {
        var target = p * count;
        var before = 0L;
        foreach (var bin in ordered)
        {
            if (before + bin.Count >= target)
            {
                var within = (target - before) / bin.Count;
                return Math.Pow(10, Math.Log10(bin.Lower) + (within * (Math.Log10(bin.Upper) - Math.Log10(bin.Lower))));
            }

            before += bin.Count;
        }

        return ordered[^1].Upper;
    }

    // Fisher's moment coefficient of skewness of the weighted values (0 when they do not vary).
    private static double Skew(List<(double Value, long Count)> values, long count)
    {
        var mean = values.Sum(v => v.Value * v.Count) / count;
        var m2 = values.Sum(v => Math.Pow(v.Value - mean, 2) * v.Count) / count;
        var m3 = values.Sum(v => Math.Pow(v.Value - mean, 3) * v.Count) / count;
        return m2 <= 0 ? 0 : m3 / Math.Pow(m2, 1.5);
    }
}
