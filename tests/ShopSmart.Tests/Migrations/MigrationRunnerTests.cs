using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Migrations;

public sealed class MigrationRunnerTests
{
    [Fact]
    public void Migrate_on_an_empty_duckdb_file_creates_every_object_and_journals_every_script()
    {
        using var folder = new TempDirectory();
        var engine = new DuckDbEngine(folder.File("w.duckdb"));

        var result = new MigrationRunner(engine).Migrate();

        Assert.True(result.Successful, result.Error?.Message);
        var scripts = new MigrationScripts(Path.Combine(RepoPaths.Migrations, "duckdb")).Load().Select(s => s.Name);
        Assert.Equal(scripts.Order(), result.AppliedScripts.Order());
        using var connection = engine.OpenConnection();
        var journaled = connection.Query<string>("SELECT script_name FROM main.schema_version").ToList();
        Assert.Equal(scripts.Order(), journaled.Order());
    }

    [Fact]
    public void Migrate_again_applies_nothing_and_changes_nothing()
    {
        using var warehouse = new DuckDbWarehouse();
        var runner = new MigrationRunner(warehouse.Engine);
        using (var connection = warehouse.Open())
        {
            connection.Execute("INSERT INTO dw.dim_country (country_key, country_name) VALUES (7, 'Iceland')");
        }

        var second = runner.Migrate();

        Assert.True(second.Successful);
        Assert.Empty(second.AppliedScripts);
        Assert.Empty(runner.PendingScripts());
        using var check = warehouse.Open();
        Assert.Equal(2, check.ExecuteScalar<int>("SELECT count(*) FROM dw.dim_country"));
    }

    [Fact]
    public void A_failing_upgrade_leaves_the_journal_and_schema_as_they_were()
    {
        // Given a migrated warehouse, then two new scripts: one that works and one whose second statement fails
        using var folder = new TempDirectory();
        var scripts = CopyDuckDbScripts(folder);
        var engine = new DuckDbEngine(folder.File("w.duckdb"));
        Assert.True(new MigrationRunner(engine, scripts).Migrate().Successful);
        long applied;
        using (var before = engine.OpenConnection())
        {
            applied = before.ExecuteScalar<long>("SELECT count(*) FROM main.schema_version");
        }

        File.WriteAllText(Path.Combine(scripts, "duckdb", "tables", "9998_fine.sql"), "-- fine\nCREATE TABLE dw.fine (a INTEGER);\n");
        File.WriteAllText(
            Path.Combine(scripts, "duckdb", "tables", "9999_broken.sql"),
            "-- broken on purpose\nCREATE TABLE dw.half_made (a INTEGER);\nSELECT * FROM no_such_table;\n");

        // When migrating
        var result = new MigrationRunner(engine, scripts).Migrate();

        // Then the run fails on that script, and the upgrade is rolled back whole: no new table, no new journal row
        Assert.False(result.Successful);
        Assert.Equal("tables/9999_broken.sql", result.ErrorScript);
        using var connection = engine.OpenConnection();
        Assert.Equal(applied, connection.ExecuteScalar<long>("SELECT count(*) FROM main.schema_version"));
        Assert.Equal(0, connection.ExecuteScalar<int>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('fine', 'half_made')"));
        Assert.Equal(["tables/9998_fine.sql", "tables/9999_broken.sql"], new MigrationRunner(engine, scripts).PendingScripts());
    }

    [Fact]
    public void A_changed_view_script_runs_again_and_an_unchanged_one_does_not()
    {
        using var folder = new TempDirectory();
        var scripts = CopyDuckDbScripts(folder);
        var views = Directory.CreateDirectory(Path.Combine(scripts, "duckdb", "views")).FullName;
        var view = Path.Combine(views, "9000_v_probe.sql");
        File.WriteAllText(view, "-- probe view\nCREATE OR REPLACE VIEW mart.v_probe AS SELECT 1 AS a;\n");
        var runner = new MigrationRunner(new DuckDbEngine(folder.File("w.duckdb")), scripts);
        Assert.True(runner.Migrate().Successful);
        Assert.Empty(runner.PendingScripts());

        File.WriteAllText(view, "-- probe view\nCREATE OR REPLACE VIEW mart.v_probe AS SELECT 1 AS a, 2 AS b;\n");

        // The changed view, and the derived tables (which may read any view), run again; nothing else does
        var pending = runner.PendingScripts();
        Assert.Equal(3, pending.Count);
        Assert.StartsWith("views/9000_v_probe.sql@", pending[0]);
        Assert.StartsWith("derived/0010_refresh_customer_activity.sql@", pending[1]);
        Assert.StartsWith("derived/0020_refresh_product_activity.sql@", pending[2]);
        Assert.True(runner.Migrate().Successful);
        Assert.Empty(runner.PendingScripts());
    }

    [Fact]
    public void A_changed_rule_rewrites_the_derived_customer_activity_at_the_next_migrate()
    {
        // Given a warehouse loaded through the ETL, whose derived table has gone stale (as after an upgrade)
        using var folder = new TempDirectory();
        var scripts = CopyDuckDbScripts(folder);
        var engine = new DuckDbEngine(folder.File("w.duckdb"));
        var runner = new MigrationRunner(engine, scripts);
        Assert.True(runner.Migrate().Successful);
        var load = CliRunner.Etl("load", TestData.WriteCsv(folder.File("lines.csv"), [TestData.OnlineRetailHeader, .. MartFixtureLines]), "--duckdb", engine.DatabasePath);
        Assert.Equal(0, load.ExitCode);
        const string Compare = "SELECT count(*) FROM (SELECT * FROM dw.v_customer_activity EXCEPT SELECT * FROM dw.customer_activity)";
        using (var connection = engine.OpenConnection())
        {
            Assert.Equal(3, connection.ExecuteScalar<int>("SELECT count(*) FROM dw.customer_activity"));
            Assert.Equal(0, connection.ExecuteScalar<int>(Compare));
            connection.Execute("DELETE FROM dw.customer_activity WHERE customer_key = (SELECT min(customer_key) FROM dw.customer_activity)");
        }

        // When a view changes and the warehouse is migrated
        File.AppendAllText(Path.Combine(scripts, "duckdb", "views", "0087_v_customer_activity.sql"), "-- a changed comment\n");
        Assert.True(runner.Migrate().Successful);

        // Then the table holds the view's rows again
        using var check = engine.OpenConnection();
        Assert.Equal(3, check.ExecuteScalar<int>("SELECT count(*) FROM dw.customer_activity"));
        Assert.Equal(0, check.ExecuteScalar<int>(Compare));
    }

    private static readonly string[] MartFixtureLines = [.. ShopSmart.Tests.Mart.MartFixture.PartOne];

    private static string CopyDuckDbScripts(TempDirectory folder)
    {
        var root = Path.Combine(folder.Path, "migrations");
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Migrations, "duckdb"), "*.sql", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "duckdb", Path.GetRelativePath(Path.Combine(RepoPaths.Migrations, "duckdb"), path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }

        return root;
    }
}
