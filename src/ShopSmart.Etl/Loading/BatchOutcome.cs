namespace ShopSmart.Etl.Loading;

/// <summary>What loading one file did, with its reconciliation figures as stored on etl.batch.</summary>
public sealed record BatchOutcome(
    string SourceFile,
    int BatchId,
    bool Skipped,
    string? Layout,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    decimal SourceValue,
    decimal LoadedValue,
    decimal RejectedValue,
    TimeSpan Elapsed)
{
    /// <summary>Phases and steps of the load with their durations (empty for a skipped file).</summary>
    public IReadOnlyList<StepTiming> StepTimings { get; init; } = [];

    /// <summary>How the file was read (a CSV's delimiter, decimal mark and date order); null for a workbook.</summary>
    public string? Format { get; init; }

    /// <summary>The batch of the same content that <c>--force</c> replaced; null when none was.</summary>
    public int? ReplacedBatchId { get; init; }

    public bool RowsReconcile => RowsRead == RowsLoaded + RowsRejected;

    public bool ValueReconciles => SourceValue == LoadedValue + RejectedValue;

    public bool IsReconciled => RowsReconcile && ValueReconciles;
}
