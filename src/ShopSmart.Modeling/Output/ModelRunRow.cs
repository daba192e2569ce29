namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.model_run: one model of one run.</summary>
public sealed record ModelRunRow
{
    public long RunId { get; init; }

    public required string Model { get; init; }

    public long? JobRunId { get; init; }

    public required string Status { get; init; }

    public string? Message { get; init; }

    public string? Algorithm { get; init; }

    public string? Parameters { get; init; }

    public int Seed { get; init; }

    public DateOnly? EvaluationCutoff { get; init; }

    public DateOnly? ScoringCutoff { get; init; }

    public int HorizonDays { get; init; }

    public int? TrainingRows { get; init; }

    public int? HoldoutRows { get; init; }

    public int? ScoredRows { get; init; }

    public string? PrimaryMetric { get; init; }

    public double? ModelValue { get; init; }

    public string? BaselineName { get; init; }

    public double? BaselineValue { get; init; }

    public string? Grade { get; init; }

    public long DurationMs { get; init; }

    public string CodeVersion { get; init; } = "";

    public string? ModelPath { get; init; }

    public DateTime CreatedAt { get; init; }
}
