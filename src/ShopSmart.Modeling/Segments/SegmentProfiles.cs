using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Segments;

/// <summary>
/// The profile of every RFM segment and cluster, written last so it can carry the mean P(buy) and CLV: size, shares
/// and mean features in original units as of the scoring cut-off.
/// </summary>
public static class SegmentProfiles
{
    public static void Write(ModelingContext context)
    {
        var customers = context.Features(context.Plan.ScoringCutoff);
        var scores = context.Result.CustomerScores;
        var total = customers.Count;
        var revenue = customers.Sum(c => Math.Max(0, c.Monetary));
        var rows = customers.Select(c => (Customer: c, Score: scores.GetValueOrDefault(c.CustomerKey))).ToList();

        var rfm = rows.Where(r => r.Score?.RfmSegment is not null).GroupBy(r => r.Score!.RfmSegment!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < rfm.Count; i++)
        {
            context.Result.SegmentProfiles.Add(Profile(context, "rfm", i, rfm[i].Key, null, rfm[i].ToList(), total, revenue));
        }

        foreach (var cluster in rows.Where(r => r.Score?.ClusterId is not null).GroupBy(r => r.Score!.ClusterId!.Value).OrderBy(g => g.Key))
        {
            var (name, reason) = context.ClusterNames[cluster.Key];
            context.Result.SegmentProfiles.Add(Profile(context, "cluster", cluster.Key, name, reason, cluster.ToList(), total, revenue));
        }
    }

    private static SegmentProfileRow Profile(
        ModelingContext context, string segmentation, int id, string name, string? reason,
        List<(CustomerFeatures Customer, CustomerScoreRow? Score)> members, int total, double revenue)
    {
        var spend = members.Sum(m => Math.Max(0, m.Customer.Monetary));
        return new SegmentProfileRow
        {
            RunId = context.RunId,
            Segmentation = segmentation,
            SegmentId = id,
            SegmentName = name,
            NamingReason = reason,
            Customers = members.Count,
            CustomerShare = total == 0 ? 0 : members.Count / (double)total,
            Revenue = members.Sum(m => m.Customer.Monetary),
            RevenueShare = revenue > 0 ? spend / revenue : null,
            RecencyDays = members.Average(m => m.Customer.RecencyDays),
            Frequency = members.Average(m => m.Customer.Frequency),
            Monetary = members.Average(m => m.Customer.Monetary),
            AvgBasket = members.Average(m => m.Customer.AvgBasket),
            TenureDays = members.Average(m => m.Customer.TenureDays),
            DistinctProducts = members.Average(m => m.Customer.DistinctProducts),
            ReturnRate = members.Average(m => m.Customer.ReturnRate),
            PBuy = Mean(members.Select(m => m.Score?.PBuy)),
            Clv = Mean(members.Select(m => m.Score?.Clv)),
        };
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        return present.Count == 0 ? null : present.Average();
    }
}
