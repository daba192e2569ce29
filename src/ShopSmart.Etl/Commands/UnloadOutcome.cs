namespace ShopSmart.Etl.Commands;

/// <summary>
/// What <c>unload</c> removed (a batch and its figures), which remaining batches it refreshed, and which of them
/// had quarantined lines as copies of it (those lines come back only by reloading their file with --force).
/// </summary>
public sealed record UnloadOutcome(
    int BatchId, string SourceFile, long RowsLoaded, long RowsRejected, IReadOnlyList<int> RefreshedBatches,
    IReadOnlyList<UnloadOutcome.QuarantinedCopies> Quarantined)
{
    /// <summary>Lines a remaining batch quarantined as copies of the removed batch's lines.</summary>
    public sealed record QuarantinedCopies(int BatchId, string SourceFile, long Lines);
}
