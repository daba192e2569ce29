using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// dw.customer_activity and dw.product_activity keep what dw.v_customer_activity and dw.v_product_activity compute
/// over every line. A load rewrites only the rows of its own customers and products, an unload or a replaced load every
/// row: after each, the kept rows must be exactly what the views give. Run on each engine (<see cref="KeptAggregateTests"/>):
/// the two dialects' refresh steps differ.
/// </summary>
public abstract class KeptAggregateSuite<TEngine> : EngineTestBase<TEngine>, IDisposable
    where TEngine : TestEngine, new()
{
    private const string Header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    // December: three customers, a guest, four products.
    private static readonly string[] December =
    [
        "537000,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 08:26,2.55,17850,United Kingdom",
        "537000,71053,WHITE METAL LANTERN,6,12/13/2010 08:26,3.39,17850,United Kingdom",
        "537001,85123A,WHITE HANGING HEART T-LIGHT HOLDER,12,12/14/2010 09:00,2.55,13047,United Kingdom",
        "537002,22752,SET 7 BABUSHKA NESTING BOXES,2,12/15/2010 10:00,7.65,,United Kingdom",
        "537003,21730,GLASS STAR FROSTED T-LIGHT HOLDER,4,12/16/2010 11:00,4.25,12583,France",
    ];

    // January: 17850 buys again and cancels part of December; 13047's only line is a cancellation; a new customer buys
    // a December product; one line copies a December line exactly (a duplicate of an earlier batch).
    private static readonly string[] January =
    [
        "540000,71053,WHITE METAL LANTERN,3,1/17/2011 10:00,3.39,17850,United Kingdom",
        "C540001,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,1/18/2011 10:00,2.55,17850,United Kingdom",
        "C540002,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-12,1/19/2011 10:00,2.55,13047,United Kingdom",
        "540003,85123A,WHITE HANGING HEART T-LIGHT HOLDER,24,1/20/2011 10:00,2.55,14000,United Kingdom",
        "537003,21730,GLASS STAR FROSTED T-LIGHT HOLDER,4,12/16/2010 11:00,4.25,12583,France",
    ];

    // February: a guest buys a December product; 17850 adds a new product to December's invoice 537000; a customer
    // whose only line is free (no clean sale, so no activity row).
    private static readonly string[] February =
    [
        "541000,22752,SET 7 BABUSHKA NESTING BOXES,1,2/13/2011 10:00,7.65,,United Kingdom",
        "537000,22633,HAND WARMER UNION JACK,6,2/14/2011 10:00,1.85,17850,United Kingdom",
        "541001,22633,HAND WARMER UNION JACK,1,2/15/2011 10:00,0,15000,United Kingdom",
    ];

    [SkippableFact]
    public void After_each_load_unload_and_replaced_load_the_kept_activity_is_what_the_views_give()
    {
        using var warehouse = NewWarehouse();
        var december = Write("december.csv", December);
        var january = Write("january.csv", January);
        var february = Write("february.csv", February);

        foreach (var file in new[] { december, january, february })
        {
            Assert.Equal(0, warehouse.Etl("load", file).ExitCode);
            AssertKeptEqualsViews(warehouse, $"after loading {Path.GetFileName(file)}");
        }

        // The loads did change other batches' customers and products: January's and February's lines reach December's.
        Assert.Equal(4, warehouse.Scalar<long>("SELECT COUNT(*) FROM dw.customer_activity"));
        Assert.Equal(2, warehouse.Scalar<int>(
            "SELECT a.frequency FROM dw.customer_activity AS a JOIN dw.dim_customer AS c ON c.customer_key = a.customer_key WHERE c.customer_id = '17850'"));

        Assert.Equal(0, warehouse.Etl("unload", january).ExitCode);
        AssertKeptEqualsViews(warehouse, "after unloading January");

        Assert.Equal(0, warehouse.Etl("load", january).ExitCode);
        AssertKeptEqualsViews(warehouse, "after loading January again, last");

        Assert.Equal(0, warehouse.Etl("load", december, "--force").ExitCode);
        AssertKeptEqualsViews(warehouse, "after replacing December");
    }

    private string Write(string name, string[] lines) => TestData.WriteCsv(_files.File(name), [Header, .. lines]);

    private static void AssertKeptEqualsViews(TestWarehouse warehouse, string when)
    {
        foreach (var (kept, view) in new[] { ("dw.customer_activity", "dw.v_customer_activity"), ("dw.product_activity", "dw.v_product_activity") })
        {
            // Every column the view gives, so a column added to the rule later is compared too.
            var columns = string.Join(", ", warehouse.Query<string>(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dw' AND TABLE_NAME = @name ORDER BY ORDINAL_POSITION",
                new { name = view[3..] }));
            Assert.NotEmpty(columns);
            var missing = warehouse.Scalar<long>($"SELECT COUNT(*) FROM (SELECT {columns} FROM {view} EXCEPT SELECT {columns} FROM {kept}) AS d");
            var extra = warehouse.Scalar<long>($"SELECT COUNT(*) FROM (SELECT {columns} FROM {kept} EXCEPT SELECT {columns} FROM {view}) AS d");
            var rows = warehouse.Scalar<long>($"SELECT COUNT(*) FROM {kept}");
            var expected = warehouse.Scalar<long>($"SELECT COUNT(*) FROM {view}");
            Assert.True(missing == 0 && extra == 0 && rows == expected,
                $"{when}: {kept} lacks {missing} rows of {view} and has {extra} it does not ({rows} rows, {expected} in the view)");
        }
    }
}

/// <summary><see cref="KeptAggregateSuite{TEngine}"/> on each engine.</summary>
public static class KeptAggregateTests
{
    public sealed class OnDuckDb : KeptAggregateSuite<DuckDbTestEngine>;

    public sealed class OnSqlServer : KeptAggregateSuite<SqlServerTestEngine>;
}
