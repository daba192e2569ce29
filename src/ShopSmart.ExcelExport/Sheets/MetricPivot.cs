using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>
/// One model's hold-out metrics as a table: a row per metric, a column per candidate (the model first, then its
/// baselines), for the scope that summarises the model ('all', else 'pooled', else 'chosen', else the first).
/// </summary>
public sealed record MetricPivot(string Model, string Scope, IReadOnlyList<string> Candidates, IReadOnlyList<(string Metric, IReadOnlyList<double?> Values)> Rows)
{
    private static readonly string[] PreferredScopes = ["all", "pooled", "chosen"];

    private static readonly string[] MetricOrder =
    [
        "roc_auc", "pr_auc", "top_decile_lift", "top_decile_capture", "lift@10%", "precision@best_f1", "recall@best_f1", "f1@best_f1",
        "threshold@best_f1", "precision@0.5", "recall@0.5", "f1@0.5", "brier", "log_loss", "base_rate", "rmse", "mae", "r2", "spearman",
        "silhouette", "davies_bouldin", "k", "precision@1", "precision@3", "precision@5", "success@1", "success@3", "success@5", "recall@5",
    ];

    public static MetricPivot? For(string model, IReadOnlyList<ModelMetric> metrics)
    {
        var own = metrics.Where(m => m.Model == model).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var scopes = own.Select(m => m.Scope).Distinct().ToList();
        var scope = PreferredScopes.FirstOrDefault(scopes.Contains) ?? scopes.Order(StringComparer.Ordinal).First();
        var rows = own.Where(m => m.Scope == scope).ToList();
        var candidates = rows
            .GroupBy(m => m.Candidate)
            .OrderBy(g => g.First().IsBaseline)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var values = rows.ToDictionary(m => (m.Metric, m.Candidate), m => m.Value);
        var table = rows
            .Select(m => m.Metric)
            .Distinct()
            .OrderBy(m => Array.IndexOf(MetricOrder, m) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(m => m, StringComparer.Ordinal)
            .Select(metric => (metric, (IReadOnlyList<double?>)candidates.Select(c => values.GetValueOrDefault((metric, c))).ToList()))
            .ToList();
        return new MetricPivot(model, scope, candidates, table);
    }
}
