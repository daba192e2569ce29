using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using ShopSmart.Core.Data;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Data;

/// <summary>
/// Everything the models read from the warehouse, each as one set-based statement per dialect
/// (<c>Sql/&lt;dialect&gt;/</c>): aggregates per customer, per product or per customer-product pair — never fact lines.
/// </summary>
/// <param name="memoryLimit">The engine's memory limit while this warehouse's connection is open (<see cref="ModelingOptions.DuckDbMemoryLimit"/>).</param>
public sealed class ModelingWarehouse(WarehouseEngine engine, string? memoryLimit = null) : IDisposable
{
    private readonly SqlCatalog _sql = new(typeof(ModelingWarehouse).Assembly, engine.Dialect);
    private DbConnection? _connection;
    private IDisposable? _memoryLimit;

    static ModelingWarehouse()
    {
        SnakeCaseMap.Register<CustomerFeatures>();
        SnakeCaseMap.Register<ProductInfo>();
        SnakeCaseMap.Register<ProductLabel>();
        SnakeCaseMap.Register<CustomerProduct>();
        SnakeCaseMap.Register<RfmSegment>();
        SnakeCaseMap.Register<RangeRow>();
    }

    private DbConnection Connection => _connection ??= Open();

    private DbConnection Open()
    {
        var connection = engine.OpenConnection();
        _memoryLimit = engine.LowerMemoryLimit(connection, memoryLimit, ModelingOptions.DuckDbMemoryLimitSetting);
        return connection;
    }

    public DataRange Range()
    {
        var row = Connection.QuerySingle<RangeRow>(_sql.Get("data_range"));
        return new DataRange(
            row.FirstPurchaseDate is { } f ? DateOnly.FromDateTime(f) : null,
            row.LastPurchaseDate is { } l ? DateOnly.FromDateTime(l) : null,
            row.Customers,
            row.SalesLines);
    }

    /// <summary>Customer features before <paramref name="cutoff"/>, labels over the <paramref name="horizonDays"/> after it.</summary>
    public IReadOnlyList<CustomerFeatures> CustomerFeatures(DateOnly cutoff, int horizonDays) =>
        CustomerFeatures([cutoff], horizonDays)[cutoff];

    /// <summary>
    /// The customer features of several cut-offs from one reading of the fact lines (each cut-off's rows as the
    /// single-cut-off read gives them); every requested cut-off is in the result, with no customers when none qualify.
    /// </summary>
    public IReadOnlyDictionary<DateOnly, IReadOnlyList<CustomerFeatures>> CustomerFeatures(IReadOnlyCollection<DateOnly> cutoffs, int horizonDays)
    {
        var distinct = cutoffs.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return new Dictionary<DateOnly, IReadOnlyList<CustomerFeatures>>();
        }

        var list = string.Join(",", distinct.Select(c => c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        // Each row comes with its own copies of the customer id and country name: one instance of each text is shared
        // by every cut-off's rows (at 80 k customers and eight cut-offs, ~20 MB of strings held for the whole run).
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string text)
        {
            ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(texts, text, out var seen);
            if (!seen)
            {
                shared = text;
            }

            return shared!;
        }

        var rows = Connection.Query<CustomerFeatures>(_sql.Get("customer_features"), new { cutoffs = list, horizon_days = horizonDays }, buffered: false)
            .Select(f => f with { CustomerId = Shared(f.CustomerId), CountryName = Shared(f.CountryName) })
            .ToLookup(f => DateOnly.FromDateTime(f.Cutoff));
        return distinct.ToDictionary(c => c, IReadOnlyList<CustomerFeatures> (c) => rows[c].ToList());
    }

    public IReadOnlyList<ProductInfo> Products(DateOnly cutoff, int horizonDays) =>
        Connection.Query<ProductInfo>(_sql.Get("products"), new { cutoff = At(cutoff), period_start = At(cutoff.AddDays(-horizonDays)) }).AsList();

    public IReadOnlyDictionary<int, ProductLabel> ProductLabels() =>
        Connection.Query<ProductLabel>(_sql.Get("product_labels")).ToDictionary(p => p.ProductKey);

    /// <summary>What each customer bought before the cut-off, grouped as the rows stream in (never held as rows).</summary>
    public PurchaseHistory PurchaseHistory(DateOnly cutoff) =>
        Data.PurchaseHistory.FromOrderedRows(Connection.Query<CustomerProduct>(_sql.Get("customer_products"), new { cutoff = At(cutoff) }, buffered: false));

    /// <summary>The (customer, product) pairs bought in [cutoff, cutoff + horizon).</summary>
    public WindowPurchases WindowPurchases(DateOnly cutoff, int horizonDays) =>
        Data.WindowPurchases.FromOrderedRows(
            Connection.Query<(int, int)>(_sql.Get("window_products"), new { cutoff = At(cutoff), label_end = At(cutoff.AddDays(horizonDays)) }, buffered: false));

    /// <summary>Invoices of [start, cutoff) as product-key arrays, products rarer than <paramref name="minCount"/> dropped.</summary>
    public (IReadOnlyList<int[]> Baskets, int InvoiceCount) Baskets(DateOnly start, DateOnly cutoff, double minSupport)
    {
        var invoices = Connection.ExecuteScalar<int>(_sql.Get("basket_count"), new { basket_start = At(start), cutoff = At(cutoff) });
        var minCount = Math.Max(1, (int)Math.Ceiling(minSupport * invoices));
        var baskets = new List<int[]>();
        var current = new List<int>();
        string? invoice = null;
        foreach (var (invoiceNo, productKey) in Connection.Query<(string, int)>(
            _sql.Get("basket_items"), new { basket_start = At(start), cutoff = At(cutoff), min_count = minCount }, buffered: false))
        {
            if (invoice is not null && !string.Equals(invoice, invoiceNo, StringComparison.Ordinal))
            {
                baskets.Add([.. current]);
                current.Clear();
            }

            invoice = invoiceNo;
            current.Add(productKey);
        }

        if (current.Count > 0)
        {
            baskets.Add([.. current]);
        }

        return (baskets, invoices);
    }

    public IReadOnlyList<RfmSegment> RfmSegments() => Connection.Query<RfmSegment>(_sql.Get("rfm_segments")).AsList();

    public long NextRunId() => Connection.ExecuteScalar<long>(_sql.Get("next_run_id"));

    /// <summary>
    /// Runs a read under the lowered memory limit; one the engine refuses for lack of memory is tried once more at the
    /// configured limit (at 50 M lines the customer features need more than 256 MB), and the lowered limit comes back
    /// for the reads that follow — the others must not all run at the full limit because one needed it.
    /// </summary>
    public T Read<T>(Func<ModelingWarehouse, T> read, Action? retrying = null)
    {
        _ = Connection;
        try
        {
            return read(this);
        }
        catch (Exception error) when (_memoryLimit is not null && engine.IsOutOfMemory(error))
        {
            retrying?.Invoke();
            _memoryLimit.Dispose();
            _memoryLimit = null;
            try
            {
                return read(this);
            }
            finally
            {
                try
                {
                    _memoryLimit = engine.LowerMemoryLimit(Connection, memoryLimit, ModelingOptions.DuckDbMemoryLimitSetting);
                }
                catch (DbException)
                {
                    // A connection the retry broke cannot take the limit back; the retry's own error is the one to see.
                }
            }
        }
    }

    public void Dispose()
    {
        _memoryLimit?.Dispose();
        _connection?.Dispose();
    }

    private static DateTime At(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    private sealed record RangeRow
    {
        public DateTime? FirstPurchaseDate { get; init; }

        public DateTime? LastPurchaseDate { get; init; }

        public int Customers { get; init; }

        public long SalesLines { get; init; }
    }
}
