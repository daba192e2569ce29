namespace ShopSmart.Core.Configuration;

/// <summary>The database engines the product runs on.</summary>
public enum EngineKind
{
    /// <summary>Embedded DuckDB file: the default on a fresh machine, in tests and benchmarks.</summary>
    DuckDb,

    /// <summary>SQL Server: the production target.</summary>
    SqlServer,
}
