using Dapper;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Core;

public sealed class DuckDbEngineTests
{
    [Fact]
    public void The_configured_memory_limit_reaches_DuckDB()
    {
        using var folder = new TempDirectory();
        var options = new WarehouseOptions { DuckDbPath = folder.File("w.duckdb"), DuckDbMemoryLimit = "512MB" };

        using var connection = WarehouseEngine.Create(options).OpenConnection();

        // DuckDB reports the limit in its own units (512MB = 488.2 MiB).
        Assert.Equal("488.2 MiB", connection.ExecuteScalar<string>("SELECT current_setting('memory_limit')"));
    }

    [Fact]
    public void Without_a_setting_DuckDB_keeps_its_default()
    {
        using var folder = new TempDirectory();

        using var connection = new DuckDbEngine(folder.File("w.duckdb")).OpenConnection();

        Assert.NotEqual("488.2 MiB", connection.ExecuteScalar<string>("SELECT current_setting('memory_limit')"));
    }
}
