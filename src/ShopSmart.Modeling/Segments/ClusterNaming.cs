using System.Globalization;
using ShopSmart.Core.Insights;

namespace ShopSmart.Modeling.Segments;

/// <summary>
/// Names a cluster from its profile against the whole customer base, by a stated rule (never per cluster id):
/// activity from median recency — "Active" when the cluster's mean recency is at most the population median,
/// "Lapsing" up to three times it, "Lapsed" beyond; value from the population quartiles of monetary — "high-value"
/// at or above the upper quartile, "low-value" at or below the lower, else "mid-value"; "frequent" when mean
/// frequency reaches the upper quartile of frequency, "new" when mean tenure is under twice the median recency and
/// the cluster is active. Two clusters given the same name are told apart by size ("… (larger)" / "(smaller)"). The
/// words are <see cref="ClusterName"/>'s (the text catalogues'), stored in English.
/// </summary>
public static class ClusterNaming
{
    public sealed record Population(double MedianRecency, double MonetaryQ1, double MonetaryQ3, double FrequencyQ3);

    public static Population Describe(IReadOnlyList<(double Recency, double Frequency, double Monetary)> customers)
    {
        var recency = customers.Select(c => c.Recency).Order().ToArray();
        var monetary = customers.Select(c => c.Monetary).Order().ToArray();
        var frequency = customers.Select(c => c.Frequency).Order().ToArray();
        return new Population(Quantile(recency, 0.5), Quantile(monetary, 0.25), Quantile(monetary, 0.75), Quantile(frequency, 0.75));
    }

    public static (string Name, string Reason) Name(ClusterProfile cluster, Population population)
    {
        var (name, reason) = Parts(cluster, population);
        return (name.InEnglish(), reason);
    }

    /// <summary>The parts of a cluster's name by the rule above, and the figures behind them.</summary>
    public static (ClusterName Name, string Reason) Parts(ClusterProfile cluster, Population population)
    {
        var c = CultureInfo.InvariantCulture;
        var activity = cluster.RecencyDays <= population.MedianRecency ? ClusterActivity.Active
            : cluster.RecencyDays <= 3 * population.MedianRecency ? ClusterActivity.Lapsing
            : ClusterActivity.Lapsed;
        var value = cluster.Monetary >= population.MonetaryQ3 ? ClusterValue.High
            : cluster.Monetary <= population.MonetaryQ1 ? ClusterValue.Low
            : ClusterValue.Mid;
        var isNew = activity == ClusterActivity.Active && cluster.TenureDays < 2 * population.MedianRecency;
        var isFrequent = cluster.Frequency >= population.FrequencyQ3;
        var name = new ClusterName(activity, value, isFrequent, isNew);
        var reason = string.Format(
            c,
            "mean recency {0:0} d vs median {1:0} d; mean spend {2:0} vs quartiles {3:0}–{4:0}; mean orders {5:0.0} vs upper quartile {6:0.0}; mean tenure {7:0} d",
            cluster.RecencyDays, population.MedianRecency, cluster.Monetary, population.MonetaryQ1, population.MonetaryQ3,
            cluster.Frequency, population.FrequencyQ3, cluster.TenureDays);
        return (name, reason);
    }

    /// <summary>Names every cluster; duplicates get "(larger)", "(smaller)" or a rank by size.</summary>
    public static IReadOnlyList<(string Name, string Reason)> NameAll(IReadOnlyList<ClusterProfile> clusters, Population population)
    {
        var named = clusters.Select(c => Parts(c, population)).ToArray();
        foreach (var group in named.Select((n, i) => (n.Name, Index: i)).GroupBy(x => x.Name).Where(g => g.Count() > 1))
        {
            var bySize = group.OrderByDescending(x => clusters[x.Index].Customers).ThenBy(x => x.Index).ToList();
            for (var rank = 0; rank < bySize.Count; rank++)
            {
                var i = bySize[rank].Index;
                named[i] = (named[i].Name with { Rank = rank + 1, Of = bySize.Count }, named[i].Reason);
            }
        }

        return [.. named.Select(n => (n.Name.InEnglish(), n.Reason))];
    }

    /// <summary>Linear-interpolated quantile of sorted values (the "type 7" definition of R and NumPy).</summary>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
