using System.Diagnostics;
using ShopSmart.Core.Engines;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// Loads one source file as one atomic batch: stage every row (or its quarantine record), then in one transaction
/// apply the set-based rules, merge the dimensions, insert the facts, count the rules, reconcile and commit.
/// Any failure rolls the transaction back; leftover staging is cleared by the next load.
/// </summary>
public sealed class BatchLoader(WarehouseEngine engine, CleaningOptions options, SourceOptions? sourceOptions = null)
{
    // The set-based steps, in order; each is one statement in Sql/<dialect>/<step>.sql.
    private static readonly string[] DimensionSteps = ["dim_country_merge", "dim_customer_merge", "dim_product_merge"];

    private static readonly string[] FactSteps =
    [
        "fact_insert", "outliers_refresh", "fact_link_cancellations", "dim_customer_refresh",
        "product_description_delete", "product_description_insert", "dim_product_refresh",
        "batch_rule_counts", "batch_rule_counts_rejected",
    ];

    public BatchOutcome Load(SourceFile file, bool force, long? jobRunId, ILoadProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var store = BatchStore.Open(engine);
        store.StepStarting = step => progress?.Step(step);

        // A workbook read by some of its sheets is known by the sheets it turns out to read, so it is looked up again
        // once read: the same sheets asked for otherwise (another spelling, a name no sheet has, every sheet with data)
        // are the same batch. Asked for by the names of the sheets an earlier load read (the nightly run's settings),
        // it is found at once: the same bytes read the same sheets again; and so is a workbook an earlier load read
        // whole, whose batch holds every line any choice of its sheets would load.
        var bySheets = sourceOptions is { Sheets.Count: > 0 } && file.Format is SourceFormat.Xlsx or SourceFormat.Xls;
        var existing = bySheets
            ? store.FindLoaded(file.ReadingSheets(sourceOptions!.Sheets).ContentHash) ?? store.FindLoaded(file.ContentHash)
            : store.FindLoaded(file.ContentHash);
        if (existing is not null && !force)
        {
            return Skipped(file, existing, clock);
        }

        // Staging first, outside the batch transaction: it is scratch, keyed by a batch id drawn up front.
        store.Execute("stg_clear_all");
        var batchId = store.Scalar<int>("batch_next_id");
        var totals = Stage(store, file, batchId, progress, cancellationToken);
        if (bySheets)
        {
            file = file.ReadingSheets(totals.SomeSheets ?? []);
            existing = store.FindLoaded(file.ContentHash);
            if (existing is not null && !force)
            {
                store.DiscardStaging();
                return Skipped(file, existing, clock);
            }
        }

        // Against the other batches, under the key this load has (the batch --force replaces does not count).
        try
        {
            RefuseAnotherCurrency(store, file, totals.Currency);
        }
        catch
        {
            store.DiscardStaging();
            throw;
        }

        // From here on the batch is one transaction: a failure or a kill leaves the warehouse as it was.
        store.Begin();
        var replaced = force ? existing?.BatchId : null;
        var outcome = ApplyBatch(store, file, batchId, totals, replaced, jobRunId, clock);
        store.Time("commit", store.Commit);
        return outcome with { Elapsed = clock.Elapsed, StepTimings = store.StepTimings, ReplacedBatchId = replaced };
    }

    /// <summary>The outcome of a file already loaded: nothing read into the warehouse.</summary>
    private static BatchOutcome Skipped(SourceFile file, LoadedBatch existing, Stopwatch clock) =>
        new(file.Path, existing.BatchId, true, null, 0, 0, 0, 0, 0, 0, clock.Elapsed);

    private LoadPipeline.Totals Stage(BatchStore store, SourceFile file, int batchId, ILoadProgress? progress, CancellationToken cancellationToken)
    {
        var countries = new CountryNames(store.Query<string>("dim_country_names").ToList());
        var pipeline = new LoadPipeline(new LineClassifier(options), sourceOptions, countries: countries);
        try
        {
            var totals = store.Time("read, clean and stage", () => pipeline.Run(
                file,
                chunk => store.Stage(batchId, chunk),
                rows => progress?.Staged(rows),
                cancellationToken));
            store.Time("flush staging", store.FlushStaging);
            if (totals.RowsRead > 0 && totals.Quarantined.Count == totals.RowsRead)
            {
                throw new SourceFileException(file.Path,
                    $"none of its {totals.RowsRead:N0} rows can be loaded: {totals.Quarantined.Describe()}. Nothing was written: " +
                    "correct the file (or the options it was read with) and load it again.");
            }

            // The calendar years the lines touch, from the range the pipeline saw; dim_date_insert adds the missing days.
            if (totals.FirstInvoiceAt is { } first && totals.LastInvoiceAt is { } last)
            {
                store.StageCalendar(batchId, DateRow.FullYears(DateOnly.FromDateTime(first), DateOnly.FromDateTime(last)));
            }

            return totals;
        }
        catch
        {
            // A file refused part-way leaves the warehouse exactly as it found it, staging included.
            store.DiscardStaging();
            throw;
        }
    }

    /// <summary>
    /// Refuses a file whose prices carry another currency than the warehouse's loaded batches' (£ where they are in $):
    /// the warehouse holds amounts without a currency, so its revenue would add the two. A file of plain numbers, or a
    /// warehouse whose files were, says nothing; the load of this same content that --force replaces does not count.
    /// </summary>
    private static void RefuseAnotherCurrency(BatchStore store, SourceFile file, string? currency)
    {
        if (currency is null)
        {
            return;
        }

        var other = store.Query<(string Currency, int BatchId, string SourceFile)>("batch_other_currency", new { price_currency = currency, content_hash = file.ContentHash })
            .FirstOrDefault();
        if (other.Currency is not null)
        {
            throw new SourceFileException(file.Path,
                $"its prices are in {currency}, where the warehouse's are in {other.Currency} (batch {other.BatchId}, {other.SourceFile}): " +
                "it holds amounts without a currency, so their revenue would be added together. Load it into another warehouse, convert its prices first, " +
                "or unload the other batches first if this file replaces them (shopsmart-etl unload).");
        }
    }

    /// <summary>The transactional part: the set-based rules, dimensions, facts, rule counts and reconciliation.</summary>
    private BatchOutcome ApplyBatch(
        BatchStore store, SourceFile file, int batchId, LoadPipeline.Totals totals, int? replaced, long? jobRunId, Stopwatch clock)
    {
        // Every fact needs its line hash before copies are compared (the dependents' recheck below, then fact_insert).
        store.Time("fact_hash_backfill", () => BackfillLineHashes(store));

        // --force takes the earlier load of this content out as unload would (its record stays, marked replaced); this
        // file then loads as a new batch, later than every other.
        var removal = replaced is { } old ? BatchRemoval.Begin(store, old) : null;
        if (removal is not null)
        {
            foreach (var step in new[] { "batch_replace_facts", "batch_replace_rejected", "batch_replace_rule_counts", "batch_replace_mark" })
            {
                store.Execute(step, new { content_hash = file.ContentHash });
            }

            removal.RefreshDependents(store);
        }

        store.Execute("batch_insert", new
        {
            batch_id = batchId,
            job_run_id = jobRunId,
            source_file = file.Path,
            content_hash = file.ContentHash,
            file_size_bytes = file.SizeBytes,
            file_format = file.FormatName,
            duplicate_policy = options.Duplicates.ToString(),
            price_currency = totals.Currency,
            started_at = DateTime.UtcNow,
        });
        store.Execute("rejected_publish", new { batch_id = batchId, source_file = file.Path });
        store.Execute("dim_date_insert", new { batch_id = batchId });
        if (options.Duplicates == DuplicatePolicy.Quarantine)
        {
            store.Execute("duplicates_quarantine", new { batch_id = batchId, source_file = file.Path });
            store.Execute("duplicates_unstage", new { batch_id = batchId });
        }

        foreach (var step in DimensionSteps)
        {
            store.Execute(step, new { batch_id = batchId });
        }

        foreach (var step in FactSteps)
        {
            // The steps that also refresh an unload's dependents take a range of batches: here, this one.
            store.Execute(step, new { batch_id = batchId, first_batch = batchId, last_batch = batchId, outlier_z = options.OutlierZScore });
        }

        store.Execute("rule_counts_refresh");
        store.Execute("stg_clear", new { batch_id = batchId });
        if (removal is not null)
        {
            // What only the replaced load referred to (read otherwise this time: another date order, other null words).
            BatchRemoval.DropOrphans(store);
        }

        // A plain load changes only its own customers' and products' activity (its lines are the only new ones; no
        // earlier line changes what counts as revenue). A replaced load's removal changes others', and on a first
        // load everyone is new: rewrite every row then.
        var ownOnly = removal is null && store.Time("fact_other_batches", () => store.Scalar<bool>("fact_other_batches", new { batch_id = batchId }));
        store.RefreshKeptAggregates(ownOnly ? batchId : null, ownOnly ? batchId : null);

        var stored = store.Query<BatchTotals>("batch_totals", new { batch_id = batchId }).Single();
        var outcome = new BatchOutcome(
            file.Path, batchId, false, totals.Layout.Name, totals.RowsRead, stored.RowsLoaded, stored.RowsRejected,
            totals.SourceValue, stored.LoadedValue, stored.RejectedValue, clock.Elapsed)
        {
            Format = totals.Format,
            QuarantinedCopies = removal?.QuarantinedCopies ?? [],
            QuarantinedOnRead = totals.Quarantined.Count,
            QuarantineReasons = totals.Quarantined.Count > 0 ? totals.Quarantined.Describe() : null,
        };
        if (!outcome.IsReconciled)
        {
            throw new ReconciliationException(
                $"{file.Path}: batch does not reconcile and was rolled back: read {outcome.RowsRead} rows worth {outcome.SourceValue}, " +
                $"loaded {outcome.RowsLoaded} worth {outcome.LoadedValue}, rejected {outcome.RowsRejected} worth {outcome.RejectedValue}.");
        }

        store.Execute("batch_finish", new
        {
            batch_id = batchId,
            layout = totals.Layout.Name,
            rows_read = outcome.RowsRead,
            rows_loaded = outcome.RowsLoaded,
            rows_rejected = outcome.RowsRejected,
            source_value = outcome.SourceValue,
            loaded_value = outcome.LoadedValue,
            rejected_value = outcome.RejectedValue,
            finished_at = DateTime.UtcNow,
        });
        return outcome;
    }

    /// <summary>
    /// Facts without a line hash get theirs, computed by the same <see cref="LineHash"/> from their source values, so a
    /// file overlapping them is still recognised: facts loaded before hashes were stored, and those a migration handed
    /// back when the hash's definition changed. A key range at a time, so a warehouse of tens of millions of lines is
    /// never read into memory at once. A no-op once every fact has one.
    /// </summary>
    internal static void BackfillLineHashes(BatchStore store)
    {
        long from = long.MinValue;
        while (store.Scalar<long?>("fact_unhashed_range", new { from_key = from }) is { } first)
        {
            var range = new { first_key = first, last_key = first + BackfillKeyRange - 1 };
            var hashes = store.Query<SourceValues>("fact_unhashed", range)
                .Select(v => (v.SalesLineKey, LineHash.Of(
                    v.InvoiceNo, v.StockCodeRaw, v.DescriptionRaw, v.Quantity, v.InvoiceAt, v.UnitPrice, v.CustomerId, v.Country)))
                .ToList();
            store.StageLineHashes(hashes);
            store.Execute("fact_hash_backfill");
            from = range.last_key + 1;
        }
    }

    // Keys hashed per round trip: a few tens of megabytes of source values at most.
    internal const long BackfillKeyRange = 250_000;

    /// <summary>A loaded line's source values, as dw.v_sales_line_source gives them back.</summary>
    private sealed record SourceValues(
        long SalesLineKey, string InvoiceNo, string StockCodeRaw, string? DescriptionRaw, int Quantity, DateTime InvoiceAt,
        decimal UnitPrice, string? CustomerId, string? Country);
}
