using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Modeling.Data;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Modeling;

/// <summary>
/// A modelling read refused under the lowered DuckDB limit runs once more at the configured one; the reads after it
/// are under the lowered limit again.
/// </summary>
public sealed class MemoryRetryTests
{
    // A list aggregate holds its 40 MB in memory: DuckDB cannot spill it, so 2 MB refuses it and 512 MB runs it.
    private const string NeedsMemory = "SELECT len(list(i)) FROM range(5000000) t(i)";

    [Fact]
    public void A_read_refused_for_memory_runs_again_at_the_full_limit_and_the_lowered_limit_comes_back()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"), "512MB");
        using var warehouse = new ModelingWarehouse(engine, "2MB");
        var attempts = 0;
        var retried = 0;

        // The limit is the database's, whichever connection runs the query
        long Read(ModelingWarehouse _)
        {
            attempts++;
            using var connection = engine.OpenConnection();
            return connection.ExecuteScalar<long>(NeedsMemory);
        }

        Assert.Equal(5_000_000, warehouse.Read(Read, () => retried++));
        Assert.Equal((2, 1), (attempts, retried));

        // The next read is under 2 MB again: refused, retried, and the limit lowered once more
        attempts = 0;
        Assert.Equal(5_000_000, warehouse.Read(Read, () => retried++));
        Assert.Equal((2, 2), (attempts, retried));
        using var check = engine.OpenConnection();
        Assert.True(engine.IsOutOfMemory(Assert.ThrowsAny<Exception>(() => check.ExecuteScalar<long>(NeedsMemory))));
    }

    [Fact]
    public void Another_error_is_not_retried()
    {
        using var folder = new TempDirectory();
        using var warehouse = new ModelingWarehouse(new DuckDbEngine(folder.File("w.duckdb"), "512MB"), "2MB");
        var attempts = 0;

        Assert.Throws<InvalidOperationException>(() => warehouse.Read<int>(_ => throw new InvalidOperationException($"attempt {++attempts}")));
        Assert.Equal(1, attempts);
    }
}
