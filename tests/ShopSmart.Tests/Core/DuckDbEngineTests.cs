using Dapper;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;
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
        Assert.Equal("488.2 MiB", MemoryLimit(connection));
    }

    [Fact]
    public void Without_a_setting_the_limit_is_384_MB()
    {
        using var folder = new TempDirectory();
        var options = new WarehouseOptions { DuckDbPath = folder.File("w.duckdb") };

        using var connection = WarehouseEngine.Create(options).OpenConnection();

        Assert.Equal("366.2 MiB", MemoryLimit(connection)); // 384MB in DuckDB's binary units
    }

    [Fact]
    public void An_empty_setting_keeps_DuckDBs_default()
    {
        using var folder = new TempDirectory();

        using var connection = new DuckDbEngine(folder.File("w.duckdb"), "").OpenConnection();

        Assert.NotEqual("366.2 MiB", MemoryLimit(connection)); // not the app's 384MB default
    }

    [Fact]
    public void The_allocator_returns_freed_memory_in_the_background()
    {
        using var folder = new TempDirectory();

        using var connection = new DuckDbEngine(folder.File("w.duckdb")).OpenConnection();

        Assert.Equal("true", connection.ExecuteScalar<string>("SELECT current_setting('allocator_background_threads')::VARCHAR"));
    }

    [Theory]
    [InlineData("etl.duckdb")]
    [InlineData("DW.duckdb")]
    [InlineData("ml.v2.duckdb")]
    [InlineData("mart")]
    public void A_file_named_like_a_schema_is_refused_with_the_reason(string name)
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => WarehouseEngine.Create(new WarehouseOptions { DuckDbPath = folder.File(name) }));

        Assert.Contains(folder.File(name), error.Message, StringComparison.Ordinal);
        Assert.Contains("clashes with the warehouse's schema", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File(name)));
    }

    [Fact]
    public void DuckDB_names_the_database_up_to_the_first_dot_so_a_schema_name_after_it_is_fine()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("nightly.etl.duckdb"));

        Assert.True(new MigrationRunner(engine).Migrate().Successful);
        using var connection = engine.OpenConnection();
        Assert.Equal("nightly", connection.ExecuteScalar<string>("SELECT current_database()"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT count(*) FROM etl.batch"));
    }

    [Fact]
    public void A_lower_limit_holds_while_its_scope_lives_and_the_configured_one_comes_back()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"), "512MB");
        using var connection = engine.OpenConnection();

        using (engine.LowerMemoryLimit(connection, "256MB", "X:Limit"))
        {
            Assert.Equal("244.1 MiB", MemoryLimit(connection));
        }

        Assert.Equal("488.2 MiB", MemoryLimit(connection));
    }

    [Fact]
    public void A_limit_above_the_configured_one_changes_nothing()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"), "128MB");
        using var connection = engine.OpenConnection();

        using (var scope = engine.LowerMemoryLimit(connection, "256MB", "X:Limit"))
        {
            Assert.Null(scope);
            Assert.Equal("122.0 MiB", MemoryLimit(connection));
        }

        Assert.Equal("122.0 MiB", MemoryLimit(connection));
    }

    [Fact]
    public void Without_a_configured_limit_DuckDBs_default_comes_back()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"), "");
        using var connection = engine.OpenConnection();
        var before = MemoryLimit(connection);

        using (engine.LowerMemoryLimit(connection, "256MB", "X:Limit"))
        {
            Assert.Equal("244.1 MiB", MemoryLimit(connection));
        }

        Assert.Equal(before, MemoryLimit(connection));
    }

    [Fact]
    public void A_bad_limit_is_a_configuration_error_naming_its_setting()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"));
        using var connection = engine.OpenConnection();

        var error = Assert.Throws<ConfigurationException>(() => engine.LowerMemoryLimit(connection, "lots", "Modeling:DuckDbMemoryLimit"));

        Assert.Contains("Modeling:DuckDbMemoryLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_refused_under_the_lowered_limit_is_recognised_and_runs_once_the_limit_is_back()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"), "512MB");
        using var connection = engine.OpenConnection();
        // A list aggregate holds its 40 MB in memory: DuckDB cannot spill it.
        const string query = "SELECT len(list(i)) FROM range(5000000) t(i)";

        var scope = engine.LowerMemoryLimit(connection, "2MB", "X:Limit");
        var error = Assert.ThrowsAny<Exception>(() => connection.ExecuteScalar<long>(query));
        Assert.True(engine.IsOutOfMemory(error), error.Message);
        Assert.False(engine.IsOutOfMemory(new InvalidOperationException("Out of Memory Error")));
        Assert.NotNull(scope);
        scope.Dispose();

        Assert.Equal(5_000_000, connection.ExecuteScalar<long>(query));
    }

    /// <summary>DuckDB's memory limit as it reports it (e.g. "488.2 MiB").</summary>
    private static string? MemoryLimit(System.Data.Common.DbConnection connection) =>
        connection.ExecuteScalar<string>("SELECT current_setting('memory_limit')");
}
