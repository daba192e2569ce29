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
