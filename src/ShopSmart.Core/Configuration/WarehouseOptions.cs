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
    /// DuckDB's memory limit, e.g. <c>2GB</c>. 384 MB unless set: DuckDB's own default, 80% of the machine's memory, is
    /// too generous on a server shared with other jobs, and the limit bounds DuckDB's buffer pool only — the process
    /// holds ~0.3-0.4 GB more (.NET, DuckDB's own allocations). At 10 M lines the load peaked at 743-810 MiB with 384 MB
    /// against 848-955 MiB with 512 MB, in the same time (bench/README.md, seventeenth session); a 50 M-line load still
    /// completes (at 256 MB it ran out of memory in DuckDB). The modelling stage lowers it further
    /// (<c>Modeling:DuckDbMemoryLimit</c>), as its per-customer data sits in .NET memory beside DuckDB's. Set it empty
    /// for DuckDB's default.
    /// </summary>
    public string? DuckDbMemoryLimit { get; set; } = DefaultDuckDbMemoryLimit;

    public const string DefaultDuckDbMemoryLimit = "384MB";

    /// <summary>Where <see cref="DuckDbMemoryLimit"/> is configured, for messages and overrides.</summary>
    public const string DuckDbMemoryLimitSetting = $"{SectionName}:{nameof(DuckDbMemoryLimit)}";

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
