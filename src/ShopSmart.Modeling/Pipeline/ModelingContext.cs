using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Output;

namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// What every stage of a run shares: options, the cut-off plan, the run id, the warehouse reads (each cut-off's
/// features read once) and the rows the run will write.
/// </summary>
public sealed class ModelingContext(ModelingOptions options, CutoffPlan plan, long runId, ModelingWarehouse warehouse, IModelingProgress progress)
{
    private readonly Dictionary<DateOnly, IReadOnlyList<CustomerFeatures>> _features = [];
    private readonly Dictionary<DateOnly, IReadOnlyList<CustomerProduct>> _customerProducts = [];
    private readonly Dictionary<DateOnly, IReadOnlyList<ProductInfo>> _products = [];
    private readonly Dictionary<DateOnly, IReadOnlyList<(int, int)>> _windowProducts = [];

    public ModelingOptions Options { get; } = options;

    public CutoffPlan Plan { get; } = plan;

    public long RunId { get; } = runId;

    public IModelingProgress Progress { get; } = progress;

    public ModelingWarehouse Warehouse { get; } = warehouse;

    public ModelingResult Result { get; } = new(runId);

    /// <summary>The k-means cluster names and naming reasons, by cluster id (set by the segments stage).</summary>
    public IReadOnlyList<(string Name, string Reason)> ClusterNames { get; set; } = [];

    public IReadOnlyList<CustomerFeatures> Features(DateOnly cutoff) =>
        Cached(_features, cutoff, () => Warehouse.CustomerFeatures(cutoff, Plan.HorizonDays));

    public IReadOnlyList<CustomerProduct> CustomerProducts(DateOnly cutoff) =>
        Cached(_customerProducts, cutoff, () => Warehouse.CustomerProducts(cutoff));

    public IReadOnlyList<ProductInfo> Products(DateOnly cutoff) =>
        Cached(_products, cutoff, () => Warehouse.Products(cutoff, Plan.HorizonDays));

    public IReadOnlyList<(int CustomerKey, int ProductKey)> WindowProducts(DateOnly cutoff) =>
        Cached(_windowProducts, cutoff, () => Warehouse.WindowProducts(cutoff, Plan.HorizonDays));

    /// <summary>Where a model of this run is saved: &lt;ModelFolder&gt;/run-&lt;id&gt;/&lt;model&gt;.zip.</summary>
    public string ModelPath(string model)
    {
        var folder = Path.GetFullPath(Path.Combine(Options.ModelFolder, $"run-{RunId}"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{model}.zip");
    }

    /// <summary>The customer features of several cut-offs stacked, for training.</summary>
    public IReadOnlyList<CustomerFeatures> StackedFeatures(IEnumerable<DateOnly> cutoffs) => cutoffs.SelectMany(Features).ToList();

    private static TValue Cached<TValue>(Dictionary<DateOnly, TValue> cache, DateOnly key, Func<TValue> read)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = read();
            cache[key] = value;
        }

        return value;
    }
}
