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
    /// DuckDB's memory limit, e.g. <c>2GB</c>. 256 MB unless set: DuckDB's own default, 80% of the machine's memory, is
    /// too generous on a server shared with other jobs, and the modelling stage holds its per-customer data in .NET
    /// memory beside DuckDB's. At 10 M lines the whole job peaks under 1 GB at this limit (1.3 GB at 512 MB, 1.5 GB at
    /// 1 GB) at the same speed: DuckDB spills what does not fit to disk (bench/README.md). Set it empty for DuckDB's
    /// default.
    /// </summary>
    public string? DuckDbMemoryLimit { get; set; } = DefaultDuckDbMemoryLimit;

    public const string DefaultDuckDbMemoryLimit = "256MB";

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
