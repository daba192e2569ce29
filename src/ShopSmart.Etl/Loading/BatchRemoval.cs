using ShopSmart.Etl.Commands;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// Taking one loaded batch out of the warehouse, inside the caller's transaction; shared by <c>unload</c> and by a
/// <c>--force</c> load, which then loads the same content as a new batch. What depended on the batch is found first
/// (other batches sharing its customers or products, linking a cancellation to one of its lines, or holding copies of
/// its lines) and links into its lines are cleared; once the caller has deleted its rows, the dependents are refreshed
/// by the load's own steps. Their rule counts that can change are the caller's rule_counts_refresh. Line hashes must be
/// complete before (copies are compared on them: <see cref="BatchLoader.BackfillLineHashes"/>).
/// </summary>
internal sealed class BatchRemoval
{
    // The load's steps that refresh what depends on a batch's facts. Each takes a range of batches, so the dependents
    // are refreshed in one pass whatever their number (one step per dependent took minutes with hundreds of nightly
    // batches); a batch in the range that did not depend on the removed one is recomputed to what it already was.
    private static readonly string[] RefreshSteps =
    [
        "unload_recheck_copies", "fact_link_cancellations", "dim_customer_refresh",
        "product_description_delete", "product_description_insert", "dim_product_refresh",
    ];

    private BatchRemoval(IReadOnlyList<int> dependents, IReadOnlyList<UnloadOutcome.QuarantinedCopies> quarantinedCopies)
    {
        Dependents = dependents;
        QuarantinedCopies = quarantinedCopies;
    }

    /// <summary>The other batches whose figures depend on the removed one.</summary>
    public IReadOnlyList<int> Dependents { get; }

    /// <summary>Lines other batches quarantined as copies of the removed batch's lines (duplicate policy Quarantine).</summary>
    public IReadOnlyList<UnloadOutcome.QuarantinedCopies> QuarantinedCopies { get; }

    /// <summary>Finds what depends on the batch and clears the links into its lines; its rows are the caller's to delete.</summary>
    public static BatchRemoval Begin(BatchStore store, int batchId)
    {
        var removed = new { batch_id = batchId };
        var removal = new BatchRemoval(
            store.Query<int>("unload_affected_batches", removed).ToList(),
            store.Query<UnloadOutcome.QuarantinedCopies>("unload_quarantined_copies", removed).ToList());
        store.Execute("unload_unlink_cancellations", removed);
        return removal;
    }

    /// <summary>Brings the dependents to what they are without the removed batch: copies, links, attributes, descriptions.</summary>
    public void RefreshDependents(BatchStore store)
    {
        if (Dependents.Count == 0)
        {
            return;
        }

        var range = new { first_batch = Dependents.Min(), last_batch = Dependents.Max() };
        foreach (var step in RefreshSteps)
        {
            store.Execute(step, range);
        }
    }

    /// <summary>Drops the dimension members and descriptions only the removed rows referred to.</summary>
    public static void DropOrphans(BatchStore store)
    {
        store.Execute("unload_products_undescribed");
        store.Execute("unload_orphans");
    }
}
