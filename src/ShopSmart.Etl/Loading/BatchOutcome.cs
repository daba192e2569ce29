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

    /// <summary>
    /// Lines other batches quarantined as copies of the replaced batch's lines (duplicate policy Quarantine): they stay
    /// in quarantine, as after an unload; reloading those files with --force brings them back if they are needed.
    /// </summary>
    public IReadOnlyList<Commands.UnloadOutcome.QuarantinedCopies> QuarantinedCopies { get; init; } = [];

    public bool RowsReconcile => RowsRead == RowsLoaded + RowsRejected;

    public bool ValueReconciles => SourceValue == LoadedValue + RejectedValue;

    public bool IsReconciled => RowsReconcile && ValueReconciles;
}
