using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>A database error during a load names the step it stopped, and the load leaves the warehouse as it was.</summary>
public sealed class LoadStepErrorTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void A_step_that_fails_in_the_database_is_named_and_nothing_is_loaded()
    {
        // Given a warehouse whose kept customer aggregates cannot be written (the table is gone)
        using (var connection = _warehouse.Open())
        {
            connection.Execute("DROP TABLE dw.customer_activity");
        }

        // When a file is loaded
        string[] lines = [TestData.OnlineRetailHeader, .. ShopSmart.Tests.Mart.MartFixture.PartOne];
        var result = CliRunner.Etl("load", TestData.WriteCsv(_warehouse.File("lines.csv"), lines), "--duckdb", _warehouse.Engine.DatabasePath);

        // Then it fails naming the step, and no fact or loaded batch is left behind
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("step customer_activity_clear:", result.Output);
        using var check = _warehouse.Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM etl.batch WHERE status = 'loaded'"));
    }
}
