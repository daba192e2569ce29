using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
using ShopSmart.Modeling.Commands;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.Modeling;

/// <summary>The modelling app as a scheduler runs it: exit codes, one-line messages, and nothing written on refusal.</summary>
public sealed class TrainCommandTests(ModelingFixture<DuckDbTestEngine> fixture) : IClassFixture<ModelingFixture<DuckDbTestEngine>>
{
    private static CliRunner.Result Train(params string[] args)
    {
        var console = new TestConsole().Width(250);
        var exitCode = ShopSmartCli.Run("shopsmart-modeling", ["train", .. args], config => config.AddCommand<TrainCommand>("train"), console);
        return new CliRunner.Result(exitCode, console.Output);
    }

    [Fact]
    public void Two_warehouses_in_one_folder_save_their_models_apart()
    {
        // Run ids are numbered per warehouse: both have a run 1, whose models must not overwrite each other's.
        var folder = Path.GetFullPath("wh");

        var a = ModelingJob.WithModelFolder(new(), new DuckDbEngine(Path.Combine(folder, "shopsmart.duckdb"))).ModelFolder;
        var b = ModelingJob.WithModelFolder(new(), new DuckDbEngine(Path.Combine(folder, "full.duckdb"))).ModelFolder;
        var configured = ModelingJob.WithModelFolder(new() { ModelFolder = "/srv/models" }, new DuckDbEngine(Path.Combine(folder, "full.duckdb"))).ModelFolder;

        Assert.Equal(Path.Combine(folder, "models", "shopsmart"), a);
        Assert.Equal(Path.Combine(folder, "models", "full"), b);
        Assert.Equal("/srv/models", configured);
    }

    [Fact]
    public void An_empty_warehouse_is_bad_input_and_nothing_is_written()
    {
        using var folder = new TempDirectory();
        var database = folder.File("empty.duckdb");
        Assert.Equal(0, CliRunner.Etl("migrate", "--duckdb", database).ExitCode);

        var result = Train("--duckdb", database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no purchases", result.Output);
        using var connection = new DuckDbEngine(database).OpenConnection();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM ml.model_run"));
    }

    [Theory]
    [InlineData("--horizon", "400", "needs at least 1200 days")]
    [InlineData("--cutoff", "2011-12-01", "ends after the data")]
    [InlineData("--cutoff", "2010-12-15", "too early")]
    [InlineData("--cutoff", "1 Dec 2011", "not a date in the form yyyy-MM-dd")]
    [InlineData("--product", "NO-SUCH-CODE", "--product NO-SUCH-CODE: no purchase")]
    public void Options_the_data_cannot_support_exit_2_with_one_line_and_write_nothing(string option, string value, string message)
    {
        // Given a copy of the modelled sample, so the runs already there can be counted
        using var folder = new TempDirectory();
        var database = folder.File("copy.duckdb");
        File.Copy(((DuckDbEngine)fixture.Engine).DatabasePath, database);
        using var before = new DuckDbEngine(database).OpenConnection();
        var runs = before.ExecuteScalar<long>("SELECT count(*) FROM ml.model_run");
        before.Dispose();

        var result = Train("--duckdb", database, "--model-folder", folder.File("models"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Output);
        using var after = new DuckDbEngine(database).OpenConnection();
        Assert.Equal(runs, after.ExecuteScalar<long>("SELECT count(*) FROM ml.model_run"));
    }

    [Fact]
    public void A_named_product_is_the_only_one_modelled_and_the_run_is_recorded()
    {
        using var folder = new TempDirectory();
        var database = folder.File("copy.duckdb");
        File.Copy(((DuckDbEngine)fixture.Engine).DatabasePath, database);
        using (var c = new DuckDbEngine(database).OpenConnection())
        {
            // The product most customers have bought, so its hold-out has enough buyers to evaluate
            var code = c.ExecuteScalar<string>(
                "SELECT stock_code FROM ml.customer_product_score WHERE bought_before GROUP BY stock_code ORDER BY count(*) DESC, stock_code LIMIT 1");

            var result = Train("--duckdb", database, "--model-folder", folder.File("models"), "--product", code!);

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("hold-out metrics, model vs best baseline", result.Output);
        }

        using var connection = new DuckDbEngine(database).OpenConnection();
        Assert.Equal(1, connection.ExecuteScalar<long>(
            "SELECT count(DISTINCT stock_code) FROM ml.customer_product_score WHERE run_id = (SELECT max(run_id) FROM ml.model_run)"));
        Assert.Equal(("shopsmart-modeling", "train", 0), connection.QuerySingle<(string, string, int)>(
            "SELECT app, command, exit_code FROM etl.job_run WHERE app = 'shopsmart-modeling' ORDER BY job_run_id DESC LIMIT 1"));
    }

    [Fact]
    public void Baskets_past_the_itemset_limit_skip_the_basket_models_and_the_rest_still_trains()
    {
        // Given a minimum support of one invoice in two thousand: FP-Growth stops at its itemset limit
        using var folder = new TempDirectory();
        var database = folder.File("copy.duckdb");
        File.Copy(((DuckDbEngine)fixture.Engine).DatabasePath, database);

        var result = Train("--duckdb", database, "--model-folder", folder.File("models"), "--min-support", "0.0005");

        // Then the run succeeds: the two rule models say why they were skipped, product propensity trains without rules
        Assert.True(result.ExitCode == 0, result.Output);
        using var connection = new DuckDbEngine(database).OpenConnection();
        var runs = connection.Query<(string Model, string Status, string? Message)>(
            "SELECT model, status, message FROM ml.model_run WHERE run_id = (SELECT max(run_id) FROM ml.model_run)").ToDictionary(r => r.Model);
        Assert.Equal("skipped", runs["baskets"].Status);
        Assert.Contains("frequent itemsets", runs["baskets"].Message);
        Assert.Equal("skipped", runs["next_best_product"].Status);
        Assert.Equal("trained", runs["product_propensity"].Status);
        Assert.Equal("trained", runs["purchase_propensity"].Status);
    }
}
