namespace ShopSmart.Core.Configuration;

/// <summary>Where the warehouse lives. Bound from the <c>ShopSmart</c> configuration section.</summary>
public sealed class WarehouseOptions
{
    public const string SectionName = "ShopSmart";

    /// <summary>
    /// <c>DuckDb</c>, <c>SqlServer</c>, or empty: SQL Server when <see cref="SqlServerConnectionString"/> is set, else DuckDB.
    /// </summary>
    public string? Engine { get; set; }

    /// <summary>Path of the DuckDB database file, relative to the working directory.</summary>
    public string DuckDbPath { get; set; } = Path.Combine("out", "shopsmart.duckdb");

    /// <summary>
    /// DuckDB's memory limit, e.g. <c>2GB</c>. 1 GB unless set: DuckDB's own default, 80% of the machine's memory, is
    /// too generous on a server shared with other jobs, and every benchmark at 10 M and 50 M lines ran at 1 GB (DuckDB
    /// spills what does not fit to disk). Set it empty for DuckDB's default.
    /// </summary>
    public string? DuckDbMemoryLimit { get; set; } = DefaultDuckDbMemoryLimit;

    public const string DefaultDuckDbMemoryLimit = "1GB";

    /// <summary>Read from <c>ConnectionStrings:SqlServer</c>.</summary>
    public string? SqlServerConnectionString { get; set; }

    /// <summary>Seconds a command may run before the engine cancels it (SQL Server only).</summary>
    public int CommandTimeoutSeconds { get; set; } = 600;

    public EngineKind ResolveEngine()
    {
        if (string.IsNullOrWhiteSpace(Engine))
        {
            return string.IsNullOrWhiteSpace(SqlServerConnectionString) ? EngineKind.DuckDb : EngineKind.SqlServer;
        }

        return Engine.Trim().ToLowerInvariant() switch
        {
            "duckdb" => EngineKind.DuckDb,
            "sqlserver" or "mssql" => EngineKind.SqlServer,
            _ => throw new ConfigurationException($"ShopSmart:Engine is '{Engine}'; expected 'DuckDb' or 'SqlServer'."),
        };
    }
}
