namespace ShopSmart.ExcelExport.Data;

/// <summary>A model of the latest modelling run (<c>mart.v_model_run_latest</c>).</summary>
public sealed record ModelRun(
    long RunId, string Model, string Status, string? Message, string? Algorithm, DateTime? EvaluationCutoff, DateTime? ScoringCutoff,
    long HorizonDays, long? HoldoutRows, long? ScoredRows, string? PrimaryMetric, double? ModelValue, string? BaselineName,
    double? BaselineValue, string? Grade, DateTime? CreatedAt)
{
    public static ModelRun Read(FieldReader f) => new(
        f.Long("run_id"), f.Text("model"), f.Text("status"), f.NullableText("message"), f.NullableText("algorithm"), f.NullableDate("evaluation_cutoff"),
        f.NullableDate("scoring_cutoff"), f.Long("horizon_days"), Whole(f.NullableDouble("holdout_rows")), Whole(f.NullableDouble("scored_rows")),
        f.NullableText("primary_metric"), f.NullableDouble("model_value"), f.NullableText("baseline_name"), f.NullableDouble("baseline_value"),
        f.NullableText("grade"), f.NullableDate("created_at"));

    private static long? Whole(double? value) => value is { } v ? (long)Math.Round(v) : null;
}
