using System.Data.Common;
using DbUp.Builder;
using DuckDB.NET.Data;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Data;
using ShopSmart.Core.Migrations.DuckDb;

namespace ShopSmart.Core.Engines;

/// <summary>Embedded DuckDB in one file. One process at a time may open it for writing (DuckDB's file lock).</summary>
public sealed class DuckDbEngine(string databasePath, string? memoryLimit = null) : WarehouseEngine
{
    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    public override EngineKind Kind => EngineKind.DuckDb;

    public override string Dialect => "duckdb";

    // DuckDB settings may ride on the connection string; the limit is checked by DuckDB when the database opens.
    public string ConnectionString => string.IsNullOrWhiteSpace(memoryLimit)
        ? $"Data Source={DatabasePath}"
        : $"Data Source={DatabasePath};memory_limit={memoryLimit.Trim()}";

    public override string Describe() => $"DuckDB {DatabasePath}";

    public override DbConnection OpenConnection()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new DuckDBConnection(ConnectionString);
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseBusyException(
                $"The DuckDB file {DatabasePath} is in use by another process (another ETL run?). Wait for it to finish and run again.",
                ex);
        }

        return connection;
    }

    public override UpgradeEngineBuilder CreateUpgradeBuilder() => DuckDbUpgradeBuilder.Create(this);

    public override TableWriter CreateTableWriter() => new DuckDbTableWriter();
}
