using Dapper;
using ShopSmart.Core.Migrations;
using ShopSmart.Tests.Schema;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.SqlServer;

/// <summary>
/// Migrate and load on a real SQL Server, each test in a fresh database, when SHOPSMART_SQLSERVER is set; reported
/// as skipped with the reason otherwise (no SQL Server runs on the development machines or in CI).
/// </summary>
public sealed class SqlServerIntegrationTests : EngineTestBase<SqlServerTestEngine>
{
    [SkippableFact]
    public void Migrate_creates_the_schema_the_TSql_scripts_define_and_is_idempotent()
    {
        using var warehouse = NewWarehouse(migrate: false);
        var runner = new MigrationRunner(warehouse.Engine);

        Assert.True(runner.Migrate().Successful);
        Assert.Empty(runner.Migrate().AppliedScripts);

        var columns = warehouse.Query<(string Schema, string Table, string Column)>("""
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
        using var warehouse = NewWarehouse();

        var first = warehouse.Etl("load", TestData.SamplePath, "--force");
        var second = warehouse.Etl("load", TestData.SamplePath);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Already loaded", second.Output);
        Assert.True(warehouse.Scalar<bool>("SELECT TOP (1) is_reconciled FROM etl.batch WHERE status = 'loaded' ORDER BY batch_id DESC"));
    }

    [SkippableFact]
    public void The_sample_loads_with_duplicates_quarantined()
    {
        using var warehouse = NewWarehouse();

        // duplicates_unstage compares the staged (BIN2) sheet names with the quarantine's: a collation conflict once
        var result = warehouse.Etl("load", TestData.SamplePath, "--duplicates", "Quarantine");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(warehouse.Scalar<int>("SELECT COUNT(*) FROM etl.rejected_row WHERE reason_code = N'DUPLICATE_LINE'") > 0);
        Assert.Equal(0, warehouse.Scalar<int>("SELECT COUNT(*) FROM dw.fact_sales WHERE is_duplicate = 1"));
        Assert.True(warehouse.Scalar<bool>("SELECT TOP (1) is_reconciled FROM etl.batch WHERE status = 'loaded' ORDER BY batch_id DESC"));
    }
}
