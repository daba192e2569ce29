using System.Globalization;
using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// One outlier definition over everything loaded (dw.v_line_outlier): the same line gets the same flags whatever
/// files the data came in, and mart.v_anomalies lists exactly the lines the ETL flagged.
/// </summary>
public sealed class OutlierFlagTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>
    /// December: 85123A sold 24 times in quantities 1 to 12 at 2.55, 22423 sold 12 times, 2 at 12.75. January: four
    /// lines of 600 x 85123A (against everything loaded, 600 is far out; within January alone it is the usual quantity)
    /// and three lines of 22423 at 127.50, ten times its usual price.
    /// </summary>
    private static (string[] December, string[] January) Lines()
    {
        var december = Enumerable.Range(0, 24).Select(i => Line(537000 + i, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 1 + (i % 12), "12/13/2010", 2.55m))
            .Concat(Enumerable.Range(0, 12).Select(i => Line(537100 + i, "22423", "REGENCY CAKESTAND 3 TIER", 2, "12/14/2010", 12.75m)))
            .ToArray();
        var january = Enumerable.Range(0, 4).Select(i => Line(540000 + i, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 600, "1/13/2011", 2.55m))
            .Concat(Enumerable.Range(0, 3).Select(i => Line(540100 + i, "22423", "REGENCY CAKESTAND 3 TIER", 2, "1/14/2011", 127.50m)))
            .ToArray();
        return (december, january);
    }

    private static string Line(int invoice, string stock, string description, int quantity, string day, decimal price) =>
        string.Create(CultureInfo.InvariantCulture, $"{invoice},{stock},{description},{quantity},{day} 10:00,{price},17850,United Kingdom");

    private Dictionary<(string Invoice, string Stock), (bool Quantity, bool Price)> LoadAndReadFlags(params string[][] files)
    {
        using var warehouse = new DuckDbWarehouse();
        foreach (var (lines, i) in files.Select((l, i) => (l, i)))
        {
            var path = TestData.WriteCsv(_files.File($"{Guid.NewGuid():N}-{i}.csv"), [TestData.OnlineRetailHeader, .. lines]);
            Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath).ExitCode);
        }

        using var db = warehouse.Open();
        var anomalies = db.Query<long>("SELECT sales_line_key FROM mart.v_anomalies WHERE sales_line_key IS NOT NULL ORDER BY 1");
        var flagged = db.Query<long>("SELECT sales_line_key FROM dw.fact_sales WHERE (is_quantity_outlier OR is_price_outlier) AND NOT is_duplicate ORDER BY 1");
        Assert.Equal(flagged, anomalies);
        return db.Query<(string Invoice, string Stock, bool Quantity, bool Price)>(
                "SELECT invoice_no, stock_code_raw, is_quantity_outlier, is_price_outlier FROM dw.fact_sales")
            .ToDictionary(r => (r.Invoice, r.Stock), r => (r.Quantity, r.Price));
    }

    [Fact]
    public void A_line_gets_the_same_outlier_flags_whether_loaded_in_one_file_or_in_monthly_files()
    {
        // Given the same lines as one yearly file, and as two monthly files loaded one after the other
        var (december, january) = Lines();

        // When each is loaded into a warehouse of its own
        var yearly = LoadAndReadFlags([.. december, .. january]);
        var monthly = LoadAndReadFlags(december, january);

        // Then every line carries the same flags, and the far-out lines are flagged both ways
        Assert.Equal(yearly.OrderBy(p => p.Key), monthly.OrderBy(p => p.Key));
        Assert.All(Enumerable.Range(540000, 4), i => Assert.True(monthly[(i.ToString(CultureInfo.InvariantCulture), "85123A")].Quantity));
        Assert.All(Enumerable.Range(540100, 3), i => Assert.True(monthly[(i.ToString(CultureInfo.InvariantCulture), "22423")].Price));
        Assert.Equal(7, monthly.Values.Count(f => f.Quantity || f.Price));
    }

    [Fact]
    public void A_load_that_changes_an_earlier_batch_s_flags_updates_that_batch_s_counts()
    {
        // Given January loaded first (600 is its usual quantity), then December, against which 600 is far out
        var (december, january) = Lines();
        using var warehouse = new DuckDbWarehouse();
        foreach (var (lines, name) in new[] { (january, "january.csv"), (december, "december.csv") })
        {
            var path = TestData.WriteCsv(_files.File(name), [TestData.OnlineRetailHeader, .. lines]);
            Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath).ExitCode);
        }

        // Then every batch's outlier counts equal its flagged lines, January's included
        using var db = warehouse.Open();
        var counts = db.Query<(string File, string Rule, long Counted, long Flagged)>("""
            SELECT b.source_file, r.rule_code, r.rows_matched,
                   (SELECT count(*) FROM dw.fact_sales AS f
                    WHERE f.batch_id = r.batch_id
                      AND CASE r.rule_code WHEN 'QUANTITY_OUTLIER' THEN f.is_quantity_outlier ELSE f.is_price_outlier END)
            FROM etl.batch_rule_count AS r
            JOIN etl.batch AS b ON b.batch_id = r.batch_id
            WHERE r.rule_code IN ('QUANTITY_OUTLIER', 'PRICE_OUTLIER')
            """).ToList();
        Assert.Equal(4, counts.Single(c => c.File.EndsWith("january.csv", StringComparison.Ordinal) && c.Rule == "QUANTITY_OUTLIER").Flagged);
        Assert.All(counts, c => Assert.True(c.Flagged == c.Counted, $"{c.File} {c.Rule}: counted {c.Counted}, flagged {c.Flagged}"));
    }

    [Fact]
    public void The_cut_off_is_the_configured_one()
    {
        var (december, january) = Lines();
        using var warehouse = new DuckDbWarehouse();
        var path = TestData.WriteCsv(_files.File("all.csv"), [TestData.OnlineRetailHeader, .. december, .. january]);

        Assert.Equal(0, CliRunner.Etl("load", path, "--outlier-z", "100", "--duckdb", warehouse.Engine.DatabasePath).ExitCode);

        using var db = warehouse.Open();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE is_quantity_outlier OR is_price_outlier"));
    }
    [Fact]
    public void The_medians_and_spreads_are_those_of_median_over_the_lines()
    {
        // Given clean sales with even and odd counts and repeated values: 85123A at 1, 1, 2 and 3 (the median lies
        // between two prices), 22423 at 1, 2 and 4, 84879 once at 5, 21212 at 1.01 and 1.03 (the mean of their logs
        // and lo + (hi - lo) / 2 differ in the last bit; median() gives the mean); quantities 1 to 8 with repeats
        string[] lines =
        [
            Line(537000, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 1, "12/13/2010", 1m),
            Line(537001, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2, "12/13/2010", 1m),
            Line(537002, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2, "12/13/2010", 2m),
            Line(537003, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 8, "12/13/2010", 3m),
            Line(537004, "22423", "REGENCY CAKESTAND 3 TIER", 3, "12/14/2010", 1m),
            Line(537005, "22423", "REGENCY CAKESTAND 3 TIER", 4, "12/14/2010", 2m),
            Line(537006, "22423", "REGENCY CAKESTAND 3 TIER", 4, "12/14/2010", 4m),
            Line(537007, "84879", "ASSORTED COLOUR BIRD ORNAMENT", 6, "12/15/2010", 5m),
            Line(537008, "21212", "PACK OF 72 RETROSPOT CAKE CASES", 5, "12/15/2010", 1.01m),
            Line(537009, "21212", "PACK OF 72 RETROSPOT CAKE CASES", 7, "12/15/2010", 1.03m),
        ];
        using var warehouse = new DuckDbWarehouse();
        var path = TestData.WriteCsv(_files.File("medians.csv"), [TestData.OnlineRetailHeader, .. lines]);
        Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath).ExitCode);

        // When the view's figures are read beside median() taken over the clean sales themselves
        using var db = warehouse.Open();
        var rows = db.Query<(string Stock, double ViewPrice, double ViewPriceMad, double ViewQuantity, double ViewQuantityMad, double Price, double PriceMad, double Quantity, double QuantityMad)>("""
            WITH line AS (
                SELECT product_key, log10(quantity) AS q, log10(unit_price) AS p FROM dw.fact_sales WHERE is_clean_sale
            ),
            quantity AS (SELECT median(q) AS m FROM line),
            quantity_mad AS (SELECT median(abs(l.q - c.m)) AS m FROM line AS l CROSS JOIN quantity AS c),
            price AS (SELECT product_key, median(p) AS m FROM line GROUP BY product_key),
            price_mad AS (SELECT l.product_key, median(abs(l.p - c.m)) AS m FROM line AS l JOIN price AS c USING (product_key) GROUP BY l.product_key)
            SELECT DISTINCT f.stock_code_raw, o.price_median_log, o.price_mad_log, o.quantity_median_log, o.quantity_mad_log,
                   p.m, pm.m, (SELECT m FROM quantity), (SELECT m FROM quantity_mad)
            FROM dw.v_line_outlier AS o
            JOIN dw.fact_sales AS f ON f.sales_line_key = o.sales_line_key
            JOIN price AS p ON p.product_key = f.product_key
            JOIN price_mad AS pm ON pm.product_key = f.product_key
            ORDER BY 1
            """).ToList();

        // Then they are the same to the last bit, and 85123A's median price is the mean of log10 1 and log10 2
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(r.Price, r.ViewPrice);
            Assert.Equal(r.PriceMad, r.ViewPriceMad);
            Assert.Equal(r.Quantity, r.ViewQuantity);
            Assert.Equal(r.QuantityMad, r.ViewQuantityMad);
        });
        Assert.Equal(Math.Log10(2) / 2, rows.Single(r => r.Stock == "85123A").ViewPrice, 12);
        Assert.Equal(Math.Log10(2), rows.Single(r => r.Stock == "22423").ViewPrice, 12);
    }
}
