using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.SqlServer;

/// <summary>
/// <c>unload</c> on a real SQL Server when SHOPSMART_SQLSERVER holds a connection string to an empty database;
/// reported as skipped otherwise.
/// </summary>
public sealed class SqlServerUnloadTests
{
    private const string Variable = "SHOPSMART_SQLSERVER";

    [SkippableFact]
    public void Unloading_the_sample_by_its_file_removes_its_batch_and_lines()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connection), $"SQL Server integration tests skipped: set {Variable} to a connection string of an empty database to run them.");
        var engine = new SqlServerEngine(connection!, 600);
        Assert.True(new MigrationRunner(engine).Migrate().Successful);
        string[] sqlServer = ["--engine", "SqlServer", "--connection", connection!];
        Assert.Equal(0, CliRunner.Etl(["load", TestData.SamplePath, "--force", .. sqlServer]).ExitCode);

        var result = CliRunner.Etl(["unload", TestData.SamplePath, .. sqlServer]);

        Assert.Equal(0, result.ExitCode);
        using var db = engine.OpenConnection();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT COUNT_BIG(*) FROM etl.batch WHERE status = 'loaded'"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT COUNT_BIG(*) FROM dw.fact_sales"));
    }
}
