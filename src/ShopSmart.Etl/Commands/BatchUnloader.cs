using ShopSmart.Core.Engines;
using ShopSmart.Core.Runs;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Commands;

/// <summary>
/// Removes one batch in one transaction, under the load lock: its facts, quarantined rows, rule counts and batch
/// record; then brings every batch that depended on it to what loading it alone would give — lines flagged as
/// copies of the removed lines, cancellation links, customer and product attributes, canonical descriptions and
/// rule counts, using the load's own steps — refreshes every line's outlier flags (their definition spans everything
/// loaded) and drops dimension members nothing refers to any more.
/// </summary>
public sealed class BatchUnloader(WarehouseEngine engine, double outlierZScore)
{
    // The load's steps that refresh what depends on a batch's facts, run again for each dependent batch (also by a
    // --force load for the batches that depended on the load it replaces).
    internal static readonly string[] RefreshSteps =
    [
        "unload_recheck_copies", "fact_link_cancellations", "dim_customer_refresh",
        "product_description_delete", "product_description_insert", "dim_product_refresh",
    ];

    // Run for every batch still loaded once the outlier flags are refreshed: those flags may change in any batch (the
    // rules counted across batches, rule_counts_refresh, follow once for all).
    internal static readonly string[] RuleCountSteps = ["unload_rule_counts_clear", "batch_rule_counts", "batch_rule_counts_rejected"];

    /// <summary>Unloads the batch a target names: a batch id, or a file whose content was loaded.</summary>
    public UnloadOutcome Unload(string target, CancellationToken cancellationToken = default)
    {
        using var store = BatchStore.Open(engine);
        var (batchId, contentHash) = Resolve(target);
        var batch = store.Query<Found>("unload_find", new { batch_id = batchId, content_hash = contentHash }).FirstOrDefault()
            ?? throw new BadInputException(
                batchId is null ? $"{target}: no loaded batch holds this file's content." : $"There is no batch {batchId}.");
        if (batch.Status != "loaded")
        {
            throw new BadInputException($"Batch {batch.BatchId} ({batch.SourceFile}) is '{batch.Status}', not loaded: there is nothing to unload.");
        }

        store.Begin();
        Loading.BatchLoader.BackfillLineHashes(store); // copies are compared on line hashes: facts loaded before them get theirs
        var removed = new { batch_id = batch.BatchId };
        var affected = store.Query<int>("unload_affected_batches", removed).ToList();
        var quarantined = store.Query<UnloadOutcome.QuarantinedCopies>("unload_quarantined_copies", removed).ToList();
        store.Execute("unload_unlink_cancellations", removed);
        store.Execute("unload_batch", removed);
        foreach (var dependent in affected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var step in RefreshSteps)
            {
                store.Execute(step, new { batch_id = dependent });
            }
        }

        store.Execute("outliers_refresh", new { outlier_z = outlierZScore });
        store.RewriteKeptAggregates();
        foreach (var remaining in store.Query<int>("unload_loaded_batches").ToList())
        {
            foreach (var step in RuleCountSteps)
            {
                store.Execute(step, new { batch_id = remaining });
            }
        }

        store.Execute("rule_counts_refresh");

        store.Execute("unload_products_undescribed");
        store.Execute("unload_orphans");
        store.Commit();
        return new UnloadOutcome(batch.BatchId, batch.SourceFile, batch.RowsLoaded, batch.RowsRejected, affected, quarantined);
    }

    private static (int? BatchId, string? ContentHash) Resolve(string target)
    {
        if (File.Exists(target))
        {
            return (null, SourceFile.Inspect(target).ContentHash);
        }

        if (int.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return (id, null);
        }

        throw new BadInputException($"{target}: neither a batch id nor a file (etl.batch lists the batches; `shopsmart sql \"SELECT * FROM etl.batch\"`).");
    }

    private sealed record Found(int BatchId, string SourceFile, string Status, long RowsLoaded, long RowsRejected);
}
