using ShopSmart.Core.Engines;
using ShopSmart.Modeling;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Modeling;

/// <summary>The bundled sample loaded through the ETL and modelled twice with the same seed; shared read-only.</summary>
public sealed class ModelingFixture : IDisposable
{
    private readonly TempDirectory _folder = new();

    public ModelingFixture()
    {
        var database = _folder.File("warehouse.duckdb");
        Require(CliRunner.Etl("migrate", "--duckdb", database));
        Require(CliRunner.Etl("load", TestData.SamplePath, "--duckdb", database));
        Engine = new DuckDbEngine(database);
        First = ModelingPipeline.Run(Engine, Options(), null, NoProgress.Instance);
        Second = ModelingPipeline.Run(Engine, Options(), null, NoProgress.Instance);
    }

    public DuckDbEngine Engine { get; }

    public ModelingResult First { get; }

    public ModelingResult Second { get; }

    public string Folder => _folder.Path;

    public ModelingOptions Options() => new() { TopProducts = 5, MaxClusters = 6, ModelFolder = _folder.File("models") };

    public void Dispose() => _folder.Dispose();

    private static void Require(CliRunner.Result result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Output);
        }
    }

    public sealed class NoProgress : IModelingProgress
    {
        public static readonly NoProgress Instance = new();

        public void Stage(string model, string message)
        {
        }
    }
}
