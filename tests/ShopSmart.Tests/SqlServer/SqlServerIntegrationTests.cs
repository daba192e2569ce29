using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;
using ShopSmart.Tests.Schema;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.SqlServer;

/// <summary>
/// Runs against a real SQL Server when SHOPSMART_SQLSERVER holds a connection string to an empty database;
/// reported as skipped otherwise (no SQL Server can run on the development machines or in CI).
/// </summary>
public sealed class SqlServerIntegrationTests
{
    private const string Variable = "SHOPSMART_SQLSERVER";

    private static SqlServerEngine Engine()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString), $"SQL Server integration tests skipped: set {Variable} to a connection string of an empty database to run them.");
        return new SqlServerEngine(connectionString!, 600);
    }

    [SkippableFact]
    public void Migrate_creates_the_schema_the_TSql_scripts_define_and_is_idempotent()
    {
        var engine = Engine();
        var runner = new MigrationRunner(engine);

        Assert.True(runner.Migrate().Successful);
        Assert.Empty(runner.Migrate().AppliedScripts);

        using var connection = engine.OpenConnection();
        var columns = connection.Query<(string Schema, string Table, string Column)>("""
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS
            WHERE TABLE_SCHEMA IN ('stg', 'dw', 'mart', 'ml', 'etl')
            """).GroupBy(c => $"{c.Schema}.{c.Table}".ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Select(c => c.Column.ToLowerInvariant()).Order().ToList());
        var scripted = TSqlSchemaReader.Read(Path.Combine(RepoPaths.Migrations, "sqlserver"));
        Assert.Equal(scripted.Keys.Order(), columns.Keys.Order());
        foreach (var (name, shape) in scripted)
        {
            Assert.Equal(shape.Columns.Keys.Select(c => c.ToLowerInvariant()).Order(), columns[name]);
        }
    }

    [SkippableFact]
    public void The_sample_loads_reconciled_and_a_reload_is_a_no_op()
    {
        var engine = Engine();
        Assert.True(new MigrationRunner(engine).Migrate().Successful);
        var connection = Environment.GetEnvironmentVariable(Variable)!;

        var first = CliRunner.Etl("load", TestData.SamplePath, "--engine", "SqlServer", "--connection", connection, "--force");
        var second = CliRunner.Etl("load", TestData.SamplePath, "--engine", "SqlServer", "--connection", connection);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Already loaded", second.Output);
        using var db = engine.OpenConnection();
        Assert.True(db.ExecuteScalar<bool>("SELECT TOP (1) is_reconciled FROM etl.batch WHERE status = 'loaded' ORDER BY batch_id DESC"));
    }
}
