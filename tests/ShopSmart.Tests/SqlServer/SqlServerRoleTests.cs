using Dapper;
using Microsoft.Data.SqlClient;
using ShopSmart.Core.Hosting;
using ShopSmart.Modeling.Commands;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.SqlServer;

/// <summary>
/// What the three roles of 0015_create_roles.sql allow, checked by logging in as a member of each on a real server
/// (a fresh database per test; skipped with the reason without SHOPSMART_SQLSERVER): BI reads the mart only, the ETL
/// loads but cannot read model outputs, modelling trains but cannot change the warehouse. The apps run as those
/// logins, so a grant they lack fails here, not on the first production night.
/// </summary>
public sealed class SqlServerRoleTests : EngineTestBase<SqlServerTestEngine>
{
    // 229: permission denied on an object; 262: permission denied in the database (CREATE TABLE).
    private static readonly int[] Denied = [229, 262];

    [SkippableFact]
    public void A_reader_reads_the_mart_and_nothing_else()
    {
        using var warehouse = NewWarehouse();
        using var reader = new SqlConnection(SqlServerTestEngine.AddLogin(warehouse, "shopsmart_reader"));

        Assert.Equal(0, reader.ExecuteScalar<int>("SELECT COUNT(*) FROM mart.v_sales_monthly"));
        AssertDenied(reader, "SELECT COUNT(*) FROM dw.fact_sales");
        AssertDenied(reader, "SELECT COUNT(*) FROM etl.job_run");
        AssertDenied(reader, "INSERT INTO dw.dim_country (country_key, country_name) VALUES (99, N'x')");
    }

    [SkippableFact]
    public void The_etl_role_loads_and_unloads_the_sample_and_cannot_read_model_outputs()
    {
        using var warehouse = NewWarehouse();
        var etl = SqlServerTestEngine.AddLogin(warehouse, "shopsmart_etl");

        var load = CliRunner.Etl("load", TestData.SamplePath, "--engine", "SqlServer", "--connection", etl);
        var unload = CliRunner.Etl("unload", TestData.SamplePath, "--engine", "SqlServer", "--connection", etl);

        Assert.True(load.ExitCode == 0, load.Output);
        Assert.True(unload.ExitCode == 0, unload.Output);
        using var connection = new SqlConnection(etl);
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM etl.job_run WHERE status = 'succeeded'"));
        AssertDenied(connection, "SELECT COUNT(*) FROM ml.model_run");
        AssertDenied(connection, "CREATE TABLE dw.t (a INT)");
    }

    [SkippableFact]
    public void The_modelling_role_trains_on_a_loaded_warehouse_and_cannot_change_it()
    {
        using var warehouse = NewWarehouse();
        using var models = new TempDirectory();
        Assert.Equal(0, warehouse.Etl("load", TestData.SamplePath).ExitCode);
        var modeler = SqlServerTestEngine.AddLogin(warehouse, "shopsmart_modeler");

        var console = new TestConsole().Width(250);
        var exitCode = ShopSmartCli.Run(
            "shopsmart-modeling", ["train", "--engine", "SqlServer", "--connection", modeler, "--products", "3", "--model-folder", models.Path],
            config => config.AddCommand<TrainCommand>("train"), console);

        Assert.True(exitCode == 0, console.Output);
        using var connection = new SqlConnection(modeler);
        Assert.True(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM mart.v_model_run_latest") > 0);
        AssertDenied(connection, "DELETE FROM dw.fact_sales");
        AssertDenied(connection, "UPDATE etl.batch SET status = N'x'");
    }

    private static void AssertDenied(SqlConnection connection, string sql)
    {
        var error = Assert.Throws<SqlException>(() => connection.Execute(sql));
        Assert.True(Denied.Contains(error.Number), $"{sql}: expected permission denied, got {error.Number}: {error.Message}");
    }
}
