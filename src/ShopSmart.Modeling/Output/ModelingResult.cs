namespace ShopSmart.Modeling.Output;

/// <summary>Every row a modelling run writes, gathered in memory and written in one transaction at the end.</summary>
public sealed class ModelingResult(long runId)
{
    public long RunId { get; } = runId;

    public List<ModelRunRow> Runs { get; } = [];

    public List<ModelMetricRow> Metrics { get; } = [];

    public List<ModelCurveRow> Curves { get; } = [];

    public List<FeatureImportanceRow> Importances { get; } = [];

    public Dictionary<int, CustomerScoreRow> CustomerScores { get; } = [];

    public List<CustomerProductScoreRow> CustomerProductScores { get; } = [];

    public List<SegmentProfileRow> SegmentProfiles { get; } = [];

    public List<AssociationRuleRow> Rules { get; } = [];

    public List<CustomerRecommendationRow> Recommendations { get; } = [];

    /// <summary>
    /// Adds the rows of another lane of the same run. Customer scores are merged field by field: each stage fills
    /// its own columns, so a field set in both would be a bug, and is refused.
    /// </summary>
    public void Merge(ModelingResult other)
    {
        Runs.AddRange(other.Runs);
        Metrics.AddRange(other.Metrics);
        Curves.AddRange(other.Curves);
        Importances.AddRange(other.Importances);
        CustomerProductScores.AddRange(other.CustomerProductScores);
        SegmentProfiles.AddRange(other.SegmentProfiles);
        Rules.AddRange(other.Rules);
        Recommendations.AddRange(other.Recommendations);
        foreach (var (key, theirs) in other.CustomerScores)
        {
            CustomerScores[key] = CustomerScores.TryGetValue(key, out var ours) ? Combine(ours, theirs) : theirs;
        }
    }

    private static CustomerScoreRow Combine(CustomerScoreRow a, CustomerScoreRow b) => a with
    {
        CustomerId = a.CustomerId.Length > 0 ? a.CustomerId : b.CustomerId,
        RfmSegment = One(a.RfmSegment, b.RfmSegment),
        ClusterId = One(a.ClusterId, b.ClusterId),
        ClusterName = One(a.ClusterName, b.ClusterName),
        PBuy = One(a.PBuy, b.PBuy),
        ChurnProbability = One(a.ChurnProbability, b.ChurnProbability),
        PredictedSpend = One(a.PredictedSpend, b.PredictedSpend),
        ExpectedPurchases = One(a.ExpectedPurchases, b.ExpectedPurchases),
        PAlive = One(a.PAlive, b.PAlive),
        ExpectedOrderValue = One(a.ExpectedOrderValue, b.ExpectedOrderValue),
        Clv = One(a.Clv, b.Clv),
    };

    private static T? One<T>(T? a, T? b) =>
        a is not null && b is not null ? throw new InvalidOperationException("Two stages wrote the same customer score field.") : a ?? b;

    /// <summary>Updates one customer's score row, creating it on first use.</summary>
    public void Score(int customerKey, string customerId, Func<CustomerScoreRow, CustomerScoreRow> update)
    {
        var row = CustomerScores.TryGetValue(customerKey, out var existing)
            ? existing
            : new CustomerScoreRow { RunId = RunId, CustomerKey = customerKey, CustomerId = customerId };
        CustomerScores[customerKey] = update(row);
    }

    public void Metric(string model, string scope, string candidate, bool isBaseline, string metric, double? value) =>
        Metrics.Add(new ModelMetricRow(RunId, model, scope, candidate, isBaseline, metric, value is { } v && double.IsFinite(v) ? v : null));

    public void Curve(string model, string curve, string series, int index, double? x, double? y, double? value = null, string? label = null) =>
        Curves.Add(new ModelCurveRow(RunId, model, curve, series, index, Finite(x), Finite(y), Finite(value), label));

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
