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

    /// <summary>Rows quarantined as the file was read (not the duplicates a Quarantine policy moves there after).</summary>
    public long QuarantinedOnRead { get; init; }

    /// <summary>Their reasons, most rows first, each with its first row (<see cref="QuarantineTally.Describe"/>); null when none.</summary>
    public string? QuarantineReasons { get; init; }

    /// <summary>
    /// Whether so large a share of the file was quarantined as it was read (a twentieth or more) that the load says so
    /// aloud: a column read wrongly, or values the warehouse cannot hold, quarantine most of a file while it "loads".
    /// </summary>
    public bool MuchQuarantined => QuarantinedOnRead > 0 && QuarantinedOnRead * 20 >= RowsRead;

    public bool RowsReconcile => RowsRead == RowsLoaded + RowsRejected;

    public bool ValueReconciles => SourceValue == LoadedValue + RejectedValue;

    public bool IsReconciled => RowsReconcile && ValueReconciles;
}
