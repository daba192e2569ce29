using System.Data.Common;
using Dapper;
using DbUp.Builder;
using DuckDB.NET.Data;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Data;
using ShopSmart.Core.Migrations.DuckDb;
using ShopSmart.Core.Runs;

namespace ShopSmart.Core.Engines;

/// <summary>Embedded DuckDB in one file. One process at a time may open it for writing (DuckDB's file lock).</summary>
public sealed class DuckDbEngine(string databasePath, string? memoryLimit = null) : WarehouseEngine
{
    /// <summary>The warehouse's schemas (db/migrations/duckdb/tables/0001): no database file may be named like one.</summary>
    private static readonly IReadOnlyList<string> SchemaNames = ["stg", "dw", "mart", "ml", "etl"];

    public string DatabasePath { get; } = CheckedPath(databasePath);

    public override EngineKind Kind => EngineKind.DuckDb;

    public override string Dialect => "duckdb";

    // DuckDB settings may ride on the connection string; the limit is checked by DuckDB when the database opens. The
    // allocator's background threads hand memory DuckDB has freed back to the system as it goes, instead of when the
    // database closes: ~100 MB off the 10 M modelling stage's peak at the same speed (bench/README.md).
    public string ConnectionString =>
        $"Data Source={DatabasePath};allocator_background_threads=true"
        + (string.IsNullOrWhiteSpace(memoryLimit) ? "" : $";memory_limit={memoryLimit.Trim()}");

    public override string Describe() => $"DuckDB {DatabasePath}";

    public override bool Exists => File.Exists(DatabasePath);

    public override void RequireExisting()
    {
        if (!Exists)
        {
            throw new BadInputException(
                $"There is no DuckDB warehouse at {DatabasePath}: check --duckdb, or create it with the migrate command (or `shopsmart run`).");
        }
    }

    public override DbConnection OpenConnection()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return Open(ConnectionString);
    }

    /// <summary>
    /// DuckDB refuses every write to a database opened read-only, and without external access a query can neither
    /// write files (COPY TO) nor attach another database. A read-only open still needs the file free of writers.
    /// </summary>
    public override DbConnection OpenReadOnlyConnection()
    {
        RequireExisting();
        return Open($"{ConnectionString};ACCESS_MODE=READ_ONLY;enable_external_access=false");
    }

    private DuckDBConnection Open(string connectionString)
    {
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseBusyException(
                $"The DuckDB file {DatabasePath} is in use by another process (another run, or a DuckDB client that has it open, even read-only). Wait for it to finish or close it, and run again.",
                ex);
        }

        return connection;
    }

    /// <summary>The version of the DuckDB library the app runs, asked of an in-memory database.</summary>
    public static string LibraryVersion()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    /// <summary>
    /// DuckDB names a database after its file, up to the first dot (etl.duckdb is the catalog "etl"). A catalog named
    /// like one of the warehouse's schemas makes every name in that schema ambiguous, and the first migration fails
    /// with a binder error that does not say why.
    /// </summary>
    private static string CheckedPath(string databasePath)
    {
        var path = Path.GetFullPath(databasePath);
        var catalog = Path.GetFileName(path).Split('.')[0];
        return SchemaNames.Contains(catalog, StringComparer.OrdinalIgnoreCase)
            ? throw new ConfigurationException(
                $"The DuckDB file {path} cannot be used: DuckDB names the database '{catalog}' after the file, which clashes with the warehouse's schema {catalog}. Name the file something else (for example shopsmart.duckdb).")
            : path;
    }

    /// <summary>
    /// DuckDB's limit is one per database, whichever connection sets it; the configured one comes back at the end. A
    /// limit that cannot be restored (the connection broke) is left: the connection's database closes with it.
    /// </summary>
    public override IDisposable? LowerMemoryLimit(DbConnection connection, string? limit, string setting)
    {
        if (string.IsNullOrWhiteSpace(limit))
        {
            return null;
        }

        var lowered = MemorySize.Bytes(limit, setting);
        if (!string.IsNullOrWhiteSpace(memoryLimit) && MemorySize.Bytes(memoryLimit, WarehouseOptions.DuckDbMemoryLimitSetting) <= lowered)
        {
            return null;
        }

        connection.Execute($"SET memory_limit = '{lowered}B'");
        return new Scope(() =>
        {
            try
            {
                connection.Execute(string.IsNullOrWhiteSpace(memoryLimit) ? "RESET memory_limit" : $"SET memory_limit = '{memoryLimit.Trim()}'");
            }
            catch (DbException)
            {
            }
        });
    }

    public override bool IsOutOfMemory(Exception error) =>
        error is DuckDBException && error.Message.Contains("Out of Memory Error", StringComparison.Ordinal);

    public override UpgradeEngineBuilder CreateUpgradeBuilder() => DuckDbUpgradeBuilder.Create(this);

    public override TableWriter CreateTableWriter() => new DuckDbTableWriter();
}
