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
}
