using ShopSmart.Core.Engines;
using ShopSmart.Modeling;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Modeling;

/// <summary>
/// The bundled sample loaded through the ETL into a warehouse on one engine and modelled twice with the same seed;
/// shared read-only by a test class. On an engine that cannot run here it does nothing and the tests skip.
/// </summary>
public sealed class ModelingFixture<TEngine> : IDisposable
    where TEngine : TestEngine, new()
{
    private readonly TempDirectory _folder = new();
    private readonly TestWarehouse? _warehouse;
    private readonly ModelingResult? _first;
    private readonly ModelingResult? _second;

    public ModelingFixture()
    {
        var engine = new TEngine();
        SkipReason = engine.SkipReason;
        if (SkipReason is not null)
        {
            return;
        }

        _warehouse = engine.CreateWarehouse();
        var load = _warehouse.Etl("load", TestData.SamplePath);
        if (load.ExitCode != 0)
        {
            throw new InvalidOperationException(load.Output);
        }

        _first = ModelingPipeline.Run(_warehouse.Engine, Options(), null, NoProgress.Instance);
        _second = ModelingPipeline.Run(_warehouse.Engine, Options(), null, NoProgress.Instance);
    }

    public string? SkipReason { get; }

    public TestWarehouse Warehouse => Require(_warehouse);

    public WarehouseEngine Engine => Warehouse.Engine;

    public ModelingResult First => Require(_first);

    public ModelingResult Second => Require(_second);

    public string Folder => _folder.Path;

    public ModelingOptions Options() => new() { TopProducts = 5, MaxClusters = 6, ModelFolder = _folder.File("models") };

    public void Dispose()
    {
        _warehouse?.Dispose();
        _folder.Dispose();
    }

    /// <summary>A modelling run of another warehouse with these options, silently.</summary>
    public static ModelingResult Run(WarehouseEngine engine, ModelingOptions options) => ModelingPipeline.Run(engine, options, null, NoProgress.Instance);

    private T Require<T>(T? value)
        where T : class
    {
        Skip.If(SkipReason is not null, SkipReason);
        return value!;
    }

    private sealed class NoProgress : IModelingProgress
    {
        public static readonly NoProgress Instance = new();

        public void Stage(string model, string message)
        {
        }
    }
}
