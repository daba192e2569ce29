using ShopSmart.Core.Engines;
using ShopSmart.Core.Runs;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Commands;

/// <summary>
/// Removes one batch in one transaction, under the load lock: its facts, quarantined rows, rule counts and batch
/// record; then brings every batch that depended on it to what loading it alone would give — lines flagged as
/// copies of the removed lines, cancellation links, customer and product attributes, canonical descriptions and
/// rule counts, using the load's own steps over the range of those batches — refreshes every line's outlier flags
/// (their definition spans everything loaded) and drops dimension members nothing refers to any more.
/// </summary>
public sealed class BatchUnloader(WarehouseEngine engine, double outlierZScore)
{
    /// <summary>Unloads the batch a target names: a batch id, or a file whose content was loaded.</summary>
    public UnloadOutcome Unload(string target, CancellationToken cancellationToken = default)
    {
        using var store = BatchStore.Open(engine);
        var (batchId, contentHash) = Resolve(target);
        var batch = store.Query<Found>("unload_find", new { batch_id = batchId, content_hash = contentHash }).FirstOrDefault()
            ?? throw new BadInputException(
                batchId is null
                    ? $"{target}: no loaded batch holds this file's content." +
                      (IsWorkbook(target) ? " A workbook loaded by some of its sheets (--sheet) is a batch of its own: unload it by its batch id (etl.batch lists them)." : string.Empty)
                    : $"There is no batch {batchId}.");
        if (batch.Status != "loaded")
        {
            throw new BadInputException($"Batch {batch.BatchId} ({batch.SourceFile}) is '{batch.Status}', not loaded: there is nothing to unload.");
        }

        store.Begin();
        BatchLoader.BackfillLineHashes(store);
        var removal = BatchRemoval.Begin(store, batch.BatchId);
        store.Execute("unload_batch", new { batch_id = batch.BatchId });
        cancellationToken.ThrowIfCancellationRequested();
        removal.RefreshDependents(store);
        store.Execute("outliers_refresh", new { outlier_z = outlierZScore });
        store.RefreshKeptAggregates(null, null);
        store.Execute("rule_counts_refresh");
        BatchRemoval.DropOrphans(store);
        store.Commit();
        return new UnloadOutcome(batch.BatchId, batch.SourceFile, batch.RowsLoaded, batch.RowsRejected, removal.Dependents, removal.QuarantinedCopies);
    }

    private static bool IsWorkbook(string target) =>
        target.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    private static (int? BatchId, string? ContentHash) Resolve(string target)
    {
        if (File.Exists(target))
        {
            using var archive = SourceArchive.TryOpen(target);
            if (archive is null)
            {
                return (null, SourceFile.Inspect(target).ContentHash);
            }

            // A zip of one data file (the UCI download) unloads what it loaded; of several, each is its own batch.
            if (archive.Members.Count == 0)
            {
                throw new BadInputException($"{target}: a zip archive holding no {SourcePaths.DataFiles} file: nothing of it was loaded.");
            }

            if (archive.Members.Count > 1)
            {
                throw new BadInputException(
                    $"{target}: a zip archive of {archive.Members.Count:N0} data files, each loaded as a batch of its own: unload them one by one, " +
                    "by batch id (`shopsmart sql \"SELECT batch_id, source_file FROM etl.batch\"` lists them).");
            }

            using var copy = archive.Extract(archive.Members[0]);
            return (null, SourceFile.Inspect(copy.Path, archive.Shown(archive.Members[0])).ContentHash);
        }

        if (int.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return (id, null);
        }

        throw new BadInputException($"{target}: neither a batch id nor a file (etl.batch lists the batches; `shopsmart sql \"SELECT * FROM etl.batch\"`).");
    }

    private sealed record Found(int BatchId, string SourceFile, string Status, long RowsLoaded, long RowsRejected);
}
