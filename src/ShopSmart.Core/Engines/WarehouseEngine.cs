using System.Data.Common;
using DbUp.Builder;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Data;

namespace ShopSmart.Core.Engines;

/// <summary>
/// The seam between the apps and a database engine: connections, migration plumbing and the name of the
/// dialect's script folder. Everything that differs between DuckDB and SQL Server is decided in a subclass.
/// </summary>
public abstract class WarehouseEngine
{
    public abstract EngineKind Kind { get; }

    /// <summary>Folder under db/migrations (and under any app's Sql folder) holding this dialect's scripts.</summary>
    public abstract string Dialect { get; }

    /// <summary>Where the data lives, without secrets; safe for logs.</summary>
    public abstract string Describe();

    /// <summary>False when opening a connection would create the warehouse (a DuckDB file not there yet).</summary>
    public virtual bool Exists => true;

    /// <summary>Refuses, as bad input, a warehouse that does not exist (a DuckDB file not there: a mistyped path).</summary>
    public virtual void RequireExisting()
    {
    }

    /// <summary>Opens a new connection; the caller disposes it.</summary>
    public abstract DbConnection OpenConnection();

    /// <summary>
    /// Opens a connection for queries a user typed (<c>shopsmart sql</c>), through which the warehouse cannot be
    /// changed; the caller disposes it.
    /// </summary>
    public abstract DbConnection OpenReadOnlyConnection();

    /// <summary>Why a query a user typed is refused before it is sent, or null when it may run.</summary>
    public virtual string? RefuseQuery(string sql) => null;

    /// <summary>
    /// Lowers the engine's memory limit to <paramref name="limit"/> (the value of <paramref name="setting"/>) until the
    /// returned scope is disposed, when that is below the configured limit; null when nothing was lowered (engines
    /// without such a limit, no limit given, or the configured one already as low).
    /// </summary>
    public virtual IDisposable? LowerMemoryLimit(DbConnection connection, string? limit, string setting) => null;

    /// <summary>True when <paramref name="error"/> is the engine refusing a query for lack of memory.</summary>
    public virtual bool IsOutOfMemory(Exception error) => false;

    /// <summary>An action run once when disposed.</summary>
    protected sealed class Scope(Action end) : IDisposable
    {
        private Action? _end = end;

        public void Dispose() => Interlocked.Exchange(ref _end, null)?.Invoke();
    }

    /// <summary>A DbUp builder wired to this engine's connection, journal and script executor.</summary>
    public abstract UpgradeEngineBuilder CreateUpgradeBuilder();

    /// <summary>The bulk writer for this engine (DuckDB appender, SqlBulkCopy).</summary>
    public abstract TableWriter CreateTableWriter();

    public static WarehouseEngine Create(WarehouseOptions options) => options.ResolveEngine() switch
    {
        EngineKind.DuckDb => new DuckDbEngine(options.DuckDbPath, options.DuckDbMemoryLimit),
        EngineKind.SqlServer => new SqlServerEngine(
            options.SqlServerConnectionString
                ?? throw new ConfigurationException("SQL Server was chosen but ConnectionStrings:SqlServer is empty."),
            options.CommandTimeoutSeconds),
        _ => throw new ConfigurationException($"Unsupported engine {options.Engine}."),
    };
}
