namespace ShopSmart.Reporting.Data;

/// <summary>What the latest modelling run wrote; <see cref="Empty"/> before the first run.</summary>
public sealed record ModellingData(
    IReadOnlyList<ModelRun> Runs,
    IReadOnlyList<ModelMetric> Metrics,
    IReadOnlyList<CurvePoint> Curves,
    IReadOnlyList<FeatureImportance> Importances,
    IReadOnlyList<SegmentProfile> Profiles,
    IReadOnlyList<AssociationRule> Rules)
{
    public static ModellingData Empty { get; } = new([], [], [], [], [], []);

    public bool HasRun => Runs.Count > 0;

    public ModelRun? Run(string model) => Runs.FirstOrDefault(r => r.Model == model);

    public IEnumerable<CurvePoint> Curve(string model, string curve) =>
        Curves.Where(p => p.Model == model && p.Curve == curve).OrderBy(p => p.Series, StringComparer.Ordinal).ThenBy(p => p.Index);
}
