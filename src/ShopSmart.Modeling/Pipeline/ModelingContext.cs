using ShopSmart.Modeling.Baskets;
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
    private readonly Dictionary<DateOnly, BasketMiner.Mined> _rules = [];

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
        var folder = Path.GetFullPath(Path.Combine(Options.ModelFolder ?? Path.Combine("out", "models"), $"run-{RunId}"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{model}.zip");
    }

    /// <summary>Association rules mined on the baskets before a cut-off.</summary>
    public BasketMiner.Mined Rules(DateOnly cutoff) => Cached(_rules, cutoff, () => BasketMiner.Mine(this, cutoff));

    /// <summary>
    /// Product propensity on the evaluation hold-out and at scoring, by (customer, product), for the next-best-product
    /// blend (set by the product propensity stage when it trains).
    /// </summary>
    public Dictionary<int, Dictionary<int, double>>? HoldoutProductScores { get; set; }

    public Dictionary<int, Dictionary<int, double>>? ScoringProductScores { get; set; }

    /// <summary>The rule id each scoring-time rule was written under, so a recommendation can name its rule.</summary>
    public Dictionary<AssociationRule, int> RuleIds { get; } = new(ReferenceEqualityComparer.Instance);

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
