using System.Data.Common;
using System.Diagnostics;
using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// One load's session with the warehouse: a connection holding the load lock, the engine's bulk path into the
/// staging tables, the batch transaction, and the named set-based steps in Sql/&lt;dialect&gt;/. Subclasses hold
/// what differs between engines; the order of work lives in <see cref="BatchLoader"/>.
/// </summary>
public abstract class BatchStore : IDisposable
{
    private DbTransaction? _transaction;

    protected BatchStore(WarehouseEngine engine)
    {
        Sql = new SqlCatalog(typeof(BatchStore).Assembly, engine.Dialect);
        Connection = engine.OpenConnection();
        AcquireLoadLock();
    }

    protected DbConnection Connection { get; }

    /// <summary>The batch transaction, or null while staging (staging commits as it goes; it is scratch).</summary>
    protected DbTransaction? Transaction => _transaction;

    protected SqlCatalog Sql { get; }

    protected virtual int CommandTimeoutSeconds => 0;

    public static BatchStore Open(WarehouseEngine engine) => engine switch
    {
        DuckDbEngine duck => new DuckDbBatchStore(duck),
        SqlServerEngine sql => new SqlServerBatchStore(sql),
        _ => throw new NotSupportedException($"No batch store for {engine.Kind}."),
    };

    /// <summary>The batch that already holds this content, if any (outside the transaction).</summary>
    public LoadedBatch? FindLoaded(string contentHash) =>
        Connection.QueryFirstOrDefault<LoadedBatch>(Sql.Get("batch_find_loaded"), new { content_hash = contentHash });

    /// <summary>Starts the batch transaction: from here on, everything commits together or not at all.</summary>
    public void Begin() => _transaction = Connection.BeginTransaction();

    /// <summary>Makes sure no other ETL run writes to this warehouse for as long as this session is open.</summary>
    protected abstract void AcquireLoadLock();

    /// <summary>How long each phase and named step of this batch took, in order; shown by <c>load --timings</c>.</summary>
    public List<StepTiming> StepTimings { get; } = [];

    /// <summary>Told the name of each phase or step as it starts (progress display).</summary>
    public Action<string>? StepStarting { get; set; }

    public T Time<T>(string step, Func<T> work)
    {
        StepStarting?.Invoke(step);
        var started = Stopwatch.GetTimestamp();
        T result;
        try
        {
            result = work();
        }
        catch (System.Data.Common.DbException ex)
        {
            // A database error (out of memory, a lock, a missing object) names the step it stopped, so that the
            // message in the log and in etl.job_run says where a long load failed.
            throw new InvalidOperationException($"step {step}: {ex.Message}", ex);
        }

        StepTimings.Add(new StepTiming(step, Stopwatch.GetElapsedTime(started)));
        return result;
    }

    public void Time(string step, Action work) => Time(step, () =>
    {
        work();
        return 0;
    });

    public int Execute(string step, object? parameters = null) =>
        Time(step, () => Connection.Execute(Sql.Get(step), parameters, Transaction, CommandTimeoutSeconds));

    public T Scalar<T>(string step, object? parameters = null) =>
        Connection.ExecuteScalar<T>(Sql.Get(step), parameters, Transaction, CommandTimeoutSeconds)!;

    /// <summary>
    /// Brings the tables that keep what a dw view computes over every line (dw.customer_activity,
    /// dw.product_activity) up to date once a load or an unload has changed the facts: the rows of the customers and
    /// products with lines in batches <paramref name="firstBatch"/>..<paramref name="lastBatch"/>, or every row when
    /// they are null.
    /// </summary>
    public void RefreshKeptAggregates(int? firstBatch, int? lastBatch)
    {
        var range = new { first_batch = firstBatch, last_batch = lastBatch };
        Execute("customer_activity_clear", range);
        Execute("customer_activity_insert", range);
        Execute("product_activity_clear", range);
        Execute("product_activity_insert", range);
    }

    public IEnumerable<T> Query<T>(string step, object? parameters = null) =>
        Connection.Query<T>(Sql.Get(step), parameters, Transaction, commandTimeout: CommandTimeoutSeconds);

    /// <summary>
    /// Bulk-writes one chunk of the pipeline: its new texts to stg.text_value, its lines to stg.sales_line and its
    /// quarantined rows to stg.rejected_line. Called from one thread at a time.
    /// </summary>
    public void Stage(int batchId, LoadPipeline.Chunk chunk)
    {
        StageTexts(batchId, chunk.Texts);
        StageLines(batchId, chunk.Rows);
        if (chunk.Rejects.Count > 0)
        {
            Reject(batchId, chunk.Rejects);
        }
    }

    protected abstract void StageTexts(int batchId, IReadOnlyList<StagingText> texts);

    protected abstract void StageLines(int batchId, ReadOnlySpan<StagingRow> rows);

    /// <summary>Bulk-writes quarantined rows to stg.rejected_line.</summary>
    public abstract void Reject(int batchId, IReadOnlyList<RejectedLine> rejects);

    /// <summary>Makes every staged row visible to the set-based steps.</summary>
    public abstract void FlushStaging();

    /// <summary>Drops whatever was staged so far; used when a file is refused part-way.</summary>
    public virtual void DiscardStaging() => Connection.Execute(Sql.Get("stg_clear_all"), commandTimeout: CommandTimeoutSeconds);

    /// <summary>Stages calendar days (stg.calendar_day); the set-based step <c>dim_date_insert</c> adds the missing ones.</summary>
    public abstract void StageCalendar(int batchId, IEnumerable<DateRow> days);

    /// <summary>Stages line hashes for facts loaded before hashes were stored (stg.line_hash), for <c>fact_hash_backfill</c>.</summary>
    public abstract void StageLineHashes(IReadOnlyList<(long SalesLineKey, Guid LineHash)> hashes);

    public void Commit()
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No batch transaction is open.");
        transaction.Commit();
        transaction.Dispose();
        _transaction = null;
    }

    public virtual void Dispose()
    {
        _transaction?.Dispose();
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>How long one phase or named step of a batch took.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);

/// <summary>A batch already in the warehouse.</summary>
public sealed record LoadedBatch(int BatchId, string SourceFile, DateTime FinishedAt);
