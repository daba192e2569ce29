using System.Collections.Concurrent;
using ShopSmart.Modeling.Baskets;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Propensity;

namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// What every stage of a run shares: options, the cut-off plan, the run id, the warehouse reads (each read once, one
/// at a time since a connection serves one caller; a read already done is handed out without waiting for the
/// connection) and what one stage hands to a later one. Each lane of the
/// run (<see cref="ForLane"/>) writes its rows to its own <see cref="Result"/>, merged in a fixed order at the end.
/// </summary>
public sealed class ModelingContext
{
    private readonly Shared _shared;

    public ModelingContext(ModelingOptions options, CutoffPlan plan, long runId, ModelingWarehouse warehouse, IModelingProgress progress)
        : this(new Shared(options, plan, runId, warehouse, progress), new ModelingResult(runId))
    {
    }

    private ModelingContext(Shared shared, ModelingResult result)
    {
        _shared = shared;
        Result = result;
    }

    public ModelingOptions Options => _shared.Options;

    public CutoffPlan Plan => _shared.Plan;

    public long RunId => _shared.RunId;

    public IModelingProgress Progress => _shared.Progress;

    /// <summary>The rows this lane writes.</summary>
    public ModelingResult Result { get; }

    /// <summary>The k-means cluster names and naming reasons, by cluster id (set by the segments stage).</summary>
    public IReadOnlyList<(string Name, string Reason)> ClusterNames
    {
        get => _shared.ClusterNames;
        set => _shared.ClusterNames = value;
    }

    /// <summary>
    /// Product propensity on the evaluation hold-out and at scoring, by (customer, product), for the next-best-product
    /// blend (set by the product propensity stage when it trains).
    /// </summary>
    public ProductScores? HoldoutProductScores
    {
        get => _shared.HoldoutProductScores;
        set => _shared.HoldoutProductScores = value;
    }

    public ProductScores? ScoringProductScores
    {
        get => _shared.ScoringProductScores;
        set => _shared.ScoringProductScores = value;
    }

    /// <summary>The rule id each scoring-time rule was written under, so a recommendation can name its rule.</summary>
    public Dictionary<AssociationRule, int> RuleIds => _shared.RuleIds;

    /// <summary>A context sharing everything with this one but writing to a result of its own.</summary>
    public ModelingContext ForLane() => new(_shared, new ModelingResult(RunId));

    /// <summary>
    /// The customer features of one of the plan's cut-offs. All of them are read together the first time any is asked
    /// for (one pass over the fact lines instead of one per cut-off).
    /// </summary>
    public IReadOnlyList<CustomerFeatures> Features(DateOnly cutoff) =>
        _shared.Read(_shared.PlanFeatures, 0, w => w.CustomerFeatures(Plan.AllCutoffs, Plan.HorizonDays)).TryGetValue(cutoff, out var features)
            ? features
            : throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff, "Not one of the run's cut-offs (CutoffPlan.AllCutoffs).");

    /// <summary>What each customer bought before a cut-off, read once and kept until <see cref="ForgetPairReads"/>.</summary>
    public PurchaseHistory PurchaseHistory(DateOnly cutoff) =>
        _shared.Read(_shared.PurchaseHistoryByCutoff, cutoff, w => w.PurchaseHistory(cutoff));

    /// <summary>
    /// Drops a cut-off's reads by (customer, product) pair, its purchase history and window purchases, once their last
    /// user is done (tens of MB each at 10 M lines). A later ask reads them again: forgetting early costs a read, never a
    /// wrong answer.
    /// </summary>
    public void ForgetPairReads(DateOnly cutoff)
    {
        _shared.PurchaseHistoryByCutoff.TryRemove(cutoff, out _);
        _shared.WindowPurchasesByCutoff.TryRemove(cutoff, out _);
    }

    public IReadOnlyList<ProductInfo> Products(DateOnly cutoff) =>
        _shared.Read(_shared.ProductsByCutoff, cutoff, w => w.Products(cutoff, Plan.HorizonDays));

    /// <summary>Every product's code and description, read once.</summary>
    public IReadOnlyDictionary<int, ProductLabel> ProductLabels() =>
        _shared.Read(_shared.Labels, 0, w => w.ProductLabels());

    /// <summary>Every tie between products in an output goes by this order (stock codes), built once.</summary>
    public ProductOrder ProductOrder() =>
        _shared.Compute(_shared.Order, 0, () => Baskets.ProductOrder.ByStockCode(ProductLabels().Values.Select(l => (l.ProductKey, l.StockCode))));

    public WindowPurchases WindowPurchases(DateOnly cutoff) =>
        _shared.Read(_shared.WindowPurchasesByCutoff, cutoff, w => w.WindowPurchases(cutoff, Plan.HorizonDays));

    /// <summary>Association rules mined on the baskets before a cut-off.</summary>
    public BasketMiner.Mined Rules(DateOnly cutoff) =>
        _shared.Compute(_shared.RulesByCutoff, cutoff, () =>
        {
            // Only the read holds the connection: the other lane's reads need not wait for the mining.
            var (baskets, invoices) = _shared.ReadNow(w => BasketMiner.Read(w, Options, cutoff));
            return BasketMiner.Mine(baskets, invoices, Options);
        });

    /// <summary>The rules of a cut-off for use as features: none when mining stopped at the itemset limit (the baskets model reports that).</summary>
    public IReadOnlyList<AssociationRule> RulesOrNone(DateOnly cutoff)
    {
        try
        {
            return Rules(cutoff).Rules;
        }
        catch (ItemsetLimitExceededException)
        {
            return [];
        }
    }

    public IReadOnlyList<RfmSegment> RfmSegments() => _shared.Read(_shared.Rfm, 0, w => w.RfmSegments());

    /// <summary>The folder that holds every run's run-&lt;id&gt; folder of saved models.</summary>
    public string ModelRoot => Path.GetFullPath(Options.ModelFolder ?? Path.Combine("out", "models"));

    /// <summary>The folder of this run's saved models: &lt;ModelFolder&gt;/run-&lt;id&gt;.</summary>
    public string RunFolder => Path.Combine(ModelRoot, $"run-{RunId}");

    /// <summary>Where a model of this run is saved: &lt;ModelFolder&gt;/run-&lt;id&gt;/&lt;model&gt;.zip.</summary>
    public string ModelPath(string model)
    {
        var folder = RunFolder;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{model}.zip");
    }

    /// <summary>The customer features of several cut-offs stacked, for training.</summary>
    public IReadOnlyList<CustomerFeatures> StackedFeatures(IEnumerable<DateOnly> cutoffs) => cutoffs.SelectMany(Features).ToList();

    private sealed class Shared(ModelingOptions options, CutoffPlan plan, long runId, ModelingWarehouse warehouse, IModelingProgress progress)
    {
        private readonly Lock _connection = new();

        public ModelingOptions Options { get; } = options;

        public CutoffPlan Plan { get; } = plan;

        public long RunId { get; } = runId;

        public IModelingProgress Progress { get; } = progress;

        public ConcurrentDictionary<int, Lazy<IReadOnlyDictionary<DateOnly, IReadOnlyList<CustomerFeatures>>>> PlanFeatures { get; } = [];

        public ConcurrentDictionary<DateOnly, Lazy<PurchaseHistory>> PurchaseHistoryByCutoff { get; } = [];

        public ConcurrentDictionary<DateOnly, Lazy<IReadOnlyList<ProductInfo>>> ProductsByCutoff { get; } = [];

        public ConcurrentDictionary<DateOnly, Lazy<WindowPurchases>> WindowPurchasesByCutoff { get; } = [];

        public ConcurrentDictionary<int, Lazy<IReadOnlyDictionary<int, ProductLabel>>> Labels { get; } = [];

        public ConcurrentDictionary<int, Lazy<ProductOrder>> Order { get; } = [];

        public ConcurrentDictionary<DateOnly, Lazy<BasketMiner.Mined>> RulesByCutoff { get; } = [];

        public ConcurrentDictionary<int, Lazy<IReadOnlyList<RfmSegment>>> Rfm { get; } = [];

        public IReadOnlyList<(string Name, string Reason)> ClusterNames { get; set; } = [];

        public ProductScores? HoldoutProductScores { get; set; }

        public ProductScores? ScoringProductScores { get; set; }

        public Dictionary<AssociationRule, int> RuleIds { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>
        /// The value read once for <paramref name="key"/>: a lane asking for what another lane is reading waits for
        /// that read, and one asking for what is already read gets it at once, even while the connection is busy.
        /// </summary>
        public TValue Read<TKey, TValue>(ConcurrentDictionary<TKey, Lazy<TValue>> cache, TKey key, Func<ModelingWarehouse, TValue> read)
            where TKey : notnull =>
            Compute(cache, key, () => ReadNow(read));

        /// <summary>The value computed once for <paramref name="key"/>; lanes asking for it while it is computed wait for it.</summary>
        public TValue Compute<TKey, TValue>(ConcurrentDictionary<TKey, Lazy<TValue>> cache, TKey key, Func<TValue> compute)
            where TKey : notnull =>
            cache.GetOrAdd(key, _ => new Lazy<TValue>(compute)).Value;

        /// <summary>A read on the connection, which serves one caller at a time.</summary>
        public TValue ReadNow<TValue>(Func<ModelingWarehouse, TValue> read)
        {
            lock (_connection)
            {
                return warehouse.Read(read, () => Progress.Stage(
                    "memory",
                    $"the warehouse ran out of memory under {Options.DuckDbMemoryLimit} ({ModelingOptions.DuckDbMemoryLimitSetting}); reading again at its own limit"));
            }
        }
    }
}
