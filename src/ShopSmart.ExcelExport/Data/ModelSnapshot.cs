namespace ShopSmart.ExcelExport.Data;

/// <summary>What the model sheets show, from the latest modelling run (the customers' scores are in <see cref="MartSnapshot.Customers"/>).</summary>
public sealed record ModelSnapshot(
    IReadOnlyList<ModelRun> Runs,
    IReadOnlyList<ModelMetric> Metrics,
    IReadOnlyList<LiftPoint> Lift,
    IReadOnlyList<FeatureImportance> Importance,
    IReadOnlyList<NextBestProduct> Recommendations,
    IReadOnlyList<AssociationRule> Rules,
    IReadOnlyList<AssociationRule> RecommendationRules,
    IReadOnlyList<SegmentProfile> Profiles)
{
    public static readonly ModelSnapshot Empty = new([], [], [], [], [], [], [], []);

    public bool HasRun => Runs.Count > 0;

    public ModelRun? Run(string model) => Runs.FirstOrDefault(r => r.Model == model);

    /// <summary>The prediction horizon of a model (days), or of any model of the run when that one is missing.</summary>
    public long? HorizonDays(string model) => (Run(model) ?? Runs.FirstOrDefault())?.HorizonDays;

    /// <summary>Reads the latest run; <paramref name="topRules"/> rules by lift, and the rules behind the recommendations.</summary>
    public static ModelSnapshot Read(QueryRunner query, int topRules) => new(
        query.Rows("model_runs", ModelRun.Read),
        query.Rows("model_metrics", ModelMetric.Read),
        query.Rows("model_lift", LiftPoint.Read),
        query.Rows("feature_importance", FeatureImportance.Read),
        query.Rows("top_recommendations", NextBestProduct.Read),
        query.Rows("top_rules", AssociationRule.Read, new { top = topRules }),
        query.Rows("recommendation_rules", AssociationRule.Read),
        query.Rows("segment_profiles", SegmentProfile.Read));
}
