namespace ShopSmart.Reporting.Observations;

/// <summary>How concentrated revenue is: the fewest items whose revenue reaches a share of the total.</summary>
public sealed record ParetoPoint(int Items, int OfItems, double ItemShare, double RevenueShare)
{
    /// <summary>
    /// The smallest count of the largest values that together reach <paramref name="share"/> of the positive total;
    /// null when nothing is positive.
    /// </summary>
    public static ParetoPoint? Reach(IEnumerable<double> values, double share)
    {
        var sorted = values.Where(v => v > 0).OrderByDescending(v => v).ToList();
        var total = sorted.Sum();
        if (total <= 0)
        {
            return null;
        }

        var running = 0.0;
        for (var i = 0; i < sorted.Count; i++)
        {
            running += sorted[i];
            if (running >= share * total - 1e-9)
            {
                return new ParetoPoint(i + 1, sorted.Count, (i + 1.0) / sorted.Count, running / total);
            }
        }

        return new ParetoPoint(sorted.Count, sorted.Count, 1, 1);
    }
}
