using ShopSmart.Modeling.Propensity;
using ShopSmart.Modeling.Segments;

namespace ShopSmart.Tests.Modeling;

public sealed class ClusterNamingTests
{
    private static readonly ClusterNaming.Population Population = new(MedianRecency: 50, MonetaryQ1: 300, MonetaryQ3: 1_600, FrequencyQ3: 5);

    [Theory]
    [InlineData(20, 12, 5_000, 400, "Active high-value frequent customers")]
    [InlineData(20, 1, 200, 60, "Active low-value new customers")]
    [InlineData(120, 2, 800, 300, "Lapsing mid-value customers")]
    [InlineData(250, 1, 150, 300, "Lapsed low-value customers")]
    public void A_cluster_is_named_from_its_profile_against_the_population(double recency, double frequency, double monetary, double tenure, string name)
    {
        var (actual, reason) = ClusterNaming.Name(new ClusterProfile(0, 100, recency, frequency, monetary, tenure), Population);

        Assert.Equal(name, actual);
        Assert.Contains("median 50 d", reason);
    }

    [Fact]
    public void Two_clusters_with_the_same_name_are_told_apart_by_size()
    {
        var clusters = new[]
        {
            new ClusterProfile(0, 300, 200, 1, 100, 300),
            new ClusterProfile(1, 900, 210, 1, 120, 320),
        };

        var names = ClusterNaming.NameAll(clusters, Population);

        Assert.Equal("Lapsed low-value customers (smaller)", names[0].Name);
        Assert.Equal("Lapsed low-value customers (larger)", names[1].Name);
    }

    [Fact]
    public void Cluster_ids_are_renumbered_by_size()
    {
        Assert.Equal([1, 0, 0, 1, 0, 2], KMeansClustering.RenumberBySize([2, 0, 0, 2, 0, 1], 3));
    }

    [Fact]
    public void Quantiles_interpolate_between_sorted_values()
    {
        Assert.Equal(2.5, ClusterNaming.Quantile([1, 2, 3, 4], 0.5));
        Assert.Equal(1.75, ClusterNaming.Quantile([1, 2, 3, 4], 0.25));
    }

    [Fact]
    public void Rfm_scores_follow_percent_rank_with_ties_sharing_the_lower_score()
    {
        // 6 values: percent ranks 0, 0.2, 0.4, 0.4 (tie), 0.8, 1.0 -> scores 1, 2, 3, 3, 5, 5
        Assert.Equal([1, 2, 3, 3, 5, 5], RfmScore.Scores([10, 20, 30, 30, 50, 60]));
    }
}
