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
    public void A_failing_script_leaves_the_journal_and_schema_unchanged()
    {
        // Given a copy of the scripts plus one whose second statement fails
        using var folder = new TempDirectory();
        var scripts = CopyDuckDbScripts(folder);
        File.WriteAllText(
            Path.Combine(scripts, "duckdb", "tables", "9999_broken.sql"),
            "-- broken on purpose\nCREATE TABLE dw.half_made (a INTEGER);\nSELECT * FROM no_such_table;\n");
        var engine = new DuckDbEngine(folder.File("w.duckdb"));

        // When migrating
        var result = new MigrationRunner(engine, scripts).Migrate();

        // Then the run fails on that script, and neither its table nor its journal row exists
        Assert.False(result.Successful);
        Assert.Equal("tables/9999_broken.sql", result.ErrorScript);
        using var connection = engine.OpenConnection();
        Assert.Equal(0, connection.ExecuteScalar<int>(
            "SELECT count(*) FROM main.schema_version WHERE script_name LIKE '%9999%'"));
        Assert.Equal(0, connection.ExecuteScalar<int>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_made'"));
        Assert.True(connection.ExecuteScalar<int>("SELECT count(*) FROM main.schema_version") > 5);
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

        var pending = runner.PendingScripts();
        Assert.Single(pending);
        Assert.StartsWith("views/9000_v_probe.sql@", pending[0]);
        Assert.True(runner.Migrate().Successful);
        Assert.Empty(runner.PendingScripts());
    }

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
