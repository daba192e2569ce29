using System.Data.Common;
using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// One batch's unit of work against the warehouse: a connection and a transaction, the engine's bulk path for
/// staged and rejected lines, and the named set-based steps in Sql/&lt;dialect&gt;/. Subclasses hold what differs
/// between engines; the order of work lives in <see cref="BatchLoader"/>.
/// </summary>
public abstract class BatchStore : IDisposable
{
    private DbTransaction? _transaction;

    protected BatchStore(WarehouseEngine engine)
    {
        Sql = new SqlCatalog(typeof(BatchStore).Assembly, engine.Dialect);
        Connection = engine.OpenConnection();
    }

    protected DbConnection Connection { get; }

    protected DbTransaction Transaction => _transaction ?? throw new InvalidOperationException("No batch transaction is open.");

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

    /// <summary>Starts the batch transaction, first making sure no other ETL run is writing.</summary>
    public void Begin()
    {
        _transaction = Connection.BeginTransaction();
        AcquireLoadLock();
    }

    protected abstract void AcquireLoadLock();

    /// <summary>Seconds each named step took in this batch, in order; shown by <c>load --timings</c>.</summary>
    public List<(string Step, double Seconds)> StepTimings { get; } = [];

    public int Execute(string step, object? parameters = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var rows = Connection.Execute(Sql.Get(step), parameters, Transaction, CommandTimeoutSeconds);
        StepTimings.Add((step, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds));
        return rows;
    }

    public T Scalar<T>(string step, object? parameters = null) =>
        Connection.ExecuteScalar<T>(Sql.Get(step), parameters, Transaction, CommandTimeoutSeconds)!;

    public IEnumerable<T> Query<T>(string step, object? parameters = null) =>
        Connection.Query<T>(Sql.Get(step), parameters, Transaction, commandTimeout: CommandTimeoutSeconds);

    /// <summary>Bulk-writes lines to stg.sales_line. Called from one thread at a time.</summary>
    public abstract void Stage(int batchId, ReadOnlySpan<StagedLine> lines);

    /// <summary>Bulk-writes quarantined rows to etl.rejected_row.</summary>
    public abstract void Reject(int batchId, string sourceFile, IReadOnlyList<RejectedLine> rejects);

    /// <summary>Makes every staged row visible to the set-based steps.</summary>
    public abstract void FlushStaging();

    /// <summary>Adds calendar rows to dw.dim_date.</summary>
    public abstract void AddDates(IEnumerable<DateRow> rows);

    public void Commit()
    {
        Transaction.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public virtual void Dispose()
    {
        _transaction?.Dispose();
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A batch already in the warehouse.</summary>
public sealed record LoadedBatch(int BatchId, string SourceFile, DateTime FinishedAt);
