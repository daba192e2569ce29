namespace ShopSmart.Modeling;

/// <summary>The modelling run's settings, bound from the <c>Modeling</c> configuration section and the command line.</summary>
public sealed class ModelingOptions
{
    public const string SectionName = "Modeling";

    /// <summary>The prediction horizon H in days: labels are what happens in [T, T + H).</summary>
    public int HorizonDays { get; set; } = 90;

    /// <summary>
    /// The evaluation cut-off T; default the day that leaves exactly H days of data after it (the hold-out is the
    /// last H days). Scores are always computed from the day after the last invoice.
    /// </summary>
    public DateOnly? EvaluationCutoff { get; set; }

    /// <summary>Earlier cut-offs stacked into the training set, each this many days before the previous one.</summary>
    public int TrainingWindows { get; set; } = 3;

    public int TrainingWindowStepDays { get; set; } = 30;

    /// <summary>Product propensity: the top N products by number of buyers, unless products are named.</summary>
    public int TopProducts { get; set; } = 20;

    /// <summary>Stock codes to model instead of the top N (a product named on the command line).</summary>
    public List<string> Products { get; set; } = [];

    public int Seed { get; set; } = 20_111_209;

    /// <summary>
    /// DuckDB's memory limit while the models run, when below <c>ShopSmart:DuckDbMemoryLimit</c> (empty: unchanged).
    /// Modelling holds its per-customer data in .NET memory and reads from DuckDB a few large aggregates: at 10 M lines
    /// 256 MB instead of 512 MB took ~235 MB off the stage's peak for a few seconds (bench/README.md).
    /// </summary>
    public string? DuckDbMemoryLimit { get; set; } = "256MB";

    /// <summary>Where <see cref="DuckDbMemoryLimit"/> is configured, for messages.</summary>
    public const string DuckDbMemoryLimitSetting = $"{SectionName}:{nameof(DuckDbMemoryLimit)}";

    public int MinClusters { get; set; } = 2;

    public int MaxClusters { get; set; } = 10;

    /// <summary>Baskets: minimum share of invoices an itemset must appear in.</summary>
    public double MinSupport { get; set; } = 0.01;

    public double MinConfidence { get; set; } = 0.2;

    public double MinLift { get; set; } = 1.0;

    /// <summary>Baskets are mined on the invoices of this many days before the cut-off (recent behaviour).</summary>
    public int BasketDays { get; set; } = 365;

    public int Recommendations { get; set; } = 5;

    /// <summary>CLV horizon in months and the monthly discount rate.</summary>
    public int ClvMonths { get; set; } = 12;

    public double MonthlyDiscountRate { get; set; } = 0.01;

    /// <summary>
    /// Folder for the saved ML.NET models (one sub-folder per run); empty means models/&lt;warehouse&gt; beside the DuckDB
    /// file, or out/models/&lt;database&gt; in the working directory on SQL Server.
    /// </summary>
    public string? ModelFolder { get; set; }

    /// <summary>
    /// How many of the newest runs keep their per-customer and per-rule rows (scores, product scores, recommendations,
    /// association rules, curves: the bulk of a run, ~120,000 rows on the full UCI data) and their saved models. Older
    /// runs keep their run, metric, importance and segment rows, the history of how the models did. 0 keeps everything.
    /// </summary>
    public int KeepRuns { get; set; } = 30;

    /// <summary>
    /// Segments: k is chosen on a seeded sample of at most this many customers, then the chosen k is fitted on all of
    /// them (nine k-means fits on every customer cost more than the rest of the segments at 80,000 customers). When
    /// two k score alike, the sample may choose the other one (docs/modeling.md).
    /// </summary>
    public int SegmentSelectionCustomers { get; set; } = 20_000;

    /// <summary>
    /// Product propensity trains and is refitted on the pairs of a seeded sample of at most this many customers per
    /// cut-off (400,000 pairs with 20 products); the hold-out is measured whole and every customer is scored.
    /// </summary>
    public int ProductTrainingCustomers { get; set; } = 20_000;

    /// <summary>Minimum customers with a purchase before a cut-off for any model to train.</summary>
    public int MinCustomers { get; set; } = 50;

    /// <summary>Minimum customers in each class (buyers and non-buyers) of a classification label.</summary>
    public int MinPerClass { get; set; } = 10;
}
