using ShopSmart.Cli.Commands;
using ShopSmart.Core.Hosting;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.SqlServer;

/// <summary>
/// <c>shopsmart sql</c> on a real SQL Server (a fresh database per test) when SHOPSMART_SQLSERVER is set;
/// reported as skipped otherwise.
/// </summary>
public sealed class SqlServerQueryTests : EngineTestBase<SqlServerTestEngine>
{
    private static CliRunner.Result Sql(TestWarehouse warehouse, params string[] args)
    {
        var console = CliRunner.Console();
        var exitCode = ShopSmartCli.Run(
            "shopsmart", ["sql", .. args, .. warehouse.CliOptions], config => config.AddCommand<SqlCommand>("sql"), console);
        return new CliRunner.Result(exitCode, console.Output);
    }

    [SkippableFact]
    public void A_view_prints_as_csv()
    {
        using var warehouse = NewWarehouse();

        var result = Sql(warehouse, "--view", "v_sales_monthly", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("year_month,", result.Output);
    }

    [SkippableFact]
    public void A_statement_that_writes_never_reaches_the_server()
    {
        using var warehouse = NewWarehouse();

        var result = Sql(warehouse, "DELETE FROM etl.job_run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only SELECT statements", result.Output);
    }
}
