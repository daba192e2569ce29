namespace ShopSmart.Reporting.Data;

/// <summary>A model of the latest run (mart.v_model_run_latest).</summary>
public sealed record ModelRun(
    long RunId, string Model, string Status, string? Message, string? Algorithm, DateOnly? EvaluationCutoff, DateOnly? ScoringCutoff,
    int HorizonDays, long? TrainingRows, long? HoldoutRows, long? ScoredRows, string? PrimaryMetric, double? ModelValue,
    string? BaselineName, double? BaselineValue, string? Grade, DateTime CreatedAt)
{
    public bool Trained => Status == "trained";
}
