using ShopSmart.Cli.Commands;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Migrations;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.SqlServer;

/// <summary>
/// <c>shopsmart sql</c> on a real SQL Server when SHOPSMART_SQLSERVER holds a connection string to an empty
/// database; reported as skipped otherwise.
/// </summary>
public sealed class SqlServerQueryTests
{
    private const string Variable = "SHOPSMART_SQLSERVER";

    private static string Connection()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString), $"SQL Server integration tests skipped: set {Variable} to a connection string of an empty database to run them.");
        Assert.True(new MigrationRunner(new SqlServerEngine(connectionString!, 600)).Migrate().Successful);
        return connectionString!;
    }

    private static CliRunner.Result Sql(string connection, params string[] args)
    {
        var console = CliRunner.Console();
        var exitCode = ShopSmartCli.Run(
            "shopsmart", ["sql", .. args, "--engine", "SqlServer", "--connection", connection], config => config.AddCommand<SqlCommand>("sql"), console);
        return new CliRunner.Result(exitCode, console.Output);
    }

    [SkippableFact]
    public void A_view_prints_as_csv()
    {
        var connection = Connection();

        var result = Sql(connection, "--view", "v_sales_monthly", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("year_month,", result.Output);
    }

    [SkippableFact]
    public void A_statement_that_writes_never_reaches_the_server()
    {
        var connection = Connection();

        var result = Sql(connection, "DELETE FROM etl.job_run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only SELECT statements", result.Output);
    }
}
