using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// The figures that span files — cancellation links and the lines off their product's canonical description — are
/// the same whatever order the files are loaded in, and every batch's rule counts follow when a later file changes
/// them. The expected figures are worked out by hand from the lines below.
/// </summary>
public sealed class LoadOrderTests : IDisposable
{
    // Two purchases of a red mug by 17850 (20 and 21 Dec), written "RED MUG".
    private static readonly string[] Purchases =
    [
        "536100,90001,RED MUG,2,12/20/2010 10:00,2.50,17850,United Kingdom",
        "536101,90001,RED MUG,3,12/21/2010 10:00,2.50,17850,United Kingdom",
    ];

    // Three later sales of the same mug to other customers, written "RED MUG LARGE": the product's canonical description
    // once this file is in (most priced lines), which leaves the other files' lines off it.
    private static readonly string[] Renamed =
    [
        "536300,90001,RED MUG LARGE,1,12/27/2010 10:00,2.50,17851,United Kingdom",
        "536301,90001,RED MUG LARGE,1,12/28/2010 10:00,2.50,17852,United Kingdom",
        "536302,90001,RED MUG LARGE,1,12/29/2010 10:00,2.50,17853,United Kingdom",
    ];

    // 17850 returns one mug on 24 Dec: it reverses the latest earlier purchase, 536101.
    private static readonly string[] Cancellation =
    [
        "C536200,90001,RED MUG,-1,12/24/2010 10:00,2.50,17850,United Kingdom",
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Theory]
    [InlineData("purchases", "renamed", "cancellation")]
    [InlineData("cancellation", "renamed", "purchases")]
    [InlineData("renamed", "cancellation", "purchases")]
    public void Links_and_description_counts_do_not_depend_on_the_load_order(string first, string second, string third)
    {
        foreach (var name in new[] { first, second, third })
        {
            Assert.Equal(0, Load(Write(name)).ExitCode);
        }

        Assert.Equal("536101", LinkedPurchase("C536200"));
        Assert.Equal(
            new Dictionary<string, (long NotCanonical, long Linked)>
            {
                ["purchases"] = (2, 0),
                ["renamed"] = (0, 0),
                ["cancellation"] = (1, 1),
            },
            Counts());
    }

    [Fact]
    public void Unloading_the_purchases_unlinks_the_cancellation_and_loading_them_again_links_it_again()
    {
        var purchases = Write("purchases");
        Load(purchases);
        Load(Write("cancellation"));

        Assert.Equal(0, CliRunner.Etl(["unload", purchases, "--duckdb", _warehouse.Engine.DatabasePath]).ExitCode);

        Assert.Null(LinkedPurchase("C536200"));
        Assert.Equal((0L, 0L), Counts()["cancellation"]);

        Load(purchases);

        Assert.Equal("536101", LinkedPurchase("C536200"));
        Assert.Equal((0L, 1L), Counts()["cancellation"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Force_reloading_a_file_whose_lines_a_later_file_repeats_leaves_what_loading_them_in_the_new_order_gives(bool loadedBeforeLineHashes)
    {
        // Given a purchase, then a later file repeating it with its return: the repeat is a copy of the first file's line;
        // the later file also repeats a line of an earlier third file (and, in the second case, the facts were loaded by
        // a version that stored no line hashes: the next load computes them, before any copy is compared)
        var zero = TestData.WriteCsv(_warehouse.File("zero.csv"), [TestData.OnlineRetailHeader, Renamed[0]]);
        var first = TestData.WriteCsv(_warehouse.File("first.csv"), [TestData.OnlineRetailHeader, Purchases[0]]);
        var second = TestData.WriteCsv(_warehouse.File("second.csv"), [TestData.OnlineRetailHeader, Purchases[0], Renamed[0], .. Cancellation]);
        Load(zero);
        Load(first);
        Load(second);
        if (loadedBeforeLineHashes)
        {
            using var old = _warehouse.Open();
            old.Execute("UPDATE dw.fact_sales SET line_hash = NULL");
        }

        // When the first file is loaded again with --force (it becomes the newest batch)
        var forced = CliRunner.Etl(["load", first, "--force", "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath]);

        // Then the sale counts once — the second file's line is the original now, the reloaded one its copy — and the
        // return points at a line that exists and counts
        Assert.Equal(0, forced.ExitCode);
        using var db = _warehouse.Open();
        var lines = db.Query<(string File, bool Duplicate, bool AlreadyLoaded, bool CleanSale)>("""
            SELECT b.source_file, f.is_duplicate, f.is_already_loaded, f.is_clean_sale
            FROM dw.fact_sales AS f JOIN etl.batch AS b ON b.batch_id = f.batch_id
            WHERE f.invoice_no = '536100'
            """).ToDictionary(l => Path.GetFileNameWithoutExtension(l.File), l => (l.Duplicate, l.AlreadyLoaded, l.CleanSale));
        Assert.Equal((false, false, true), lines["second"]);
        Assert.Equal((true, true, false), lines["first"]);
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE invoice_no = '536300' AND is_clean_sale"));
        var linked = db.QuerySingle<(string File, bool CleanSale)>("""
            SELECT b.source_file, p.is_clean_sale
            FROM dw.fact_sales AS c
            JOIN dw.fact_sales AS p ON p.sales_line_key = c.cancelled_sales_line_key
            JOIN etl.batch AS b ON b.batch_id = p.batch_id
            WHERE c.invoice_no = 'C536200'
            """);
        Assert.Equal(("second", true), (Path.GetFileNameWithoutExtension(linked.File), linked.CleanSale));
        var counts = db.Query<(string File, string Rule, long Rows)>("""
            SELECT b.source_file, r.rule_code, r.rows_matched
            FROM etl.batch_rule_count AS r JOIN etl.batch AS b ON b.batch_id = r.batch_id
            WHERE b.status = 'loaded' AND r.rule_code IN ('DUPLICATE_OF_EARLIER_BATCH', 'CLEAN_SALE', 'CANCELLATION_LINKED')
            """).ToDictionary(r => (Path.GetFileNameWithoutExtension(r.File), r.Rule), r => r.Rows);
        Assert.Equal(1, counts[("second", "DUPLICATE_OF_EARLIER_BATCH")]); // the third file's line, not the purchase any more
        Assert.Equal(1, counts[("second", "CLEAN_SALE")]);
        Assert.Equal(1, counts[("second", "CANCELLATION_LINKED")]);
        Assert.Equal(1, counts[("first", "DUPLICATE_OF_EARLIER_BATCH")]);
        Assert.Equal(0, counts[("first", "CLEAN_SALE")]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Two_purchases_in_the_same_minute_are_told_apart_by_their_values_not_their_file(bool higherInvoiceFirst)
    {
        // Given two purchases of the mug by 17850 in the same minute, in two files loaded in either order
        var low = TestData.WriteCsv(_warehouse.File("low.csv"), [TestData.OnlineRetailHeader, "536600,90001,RED MUG,2,12/20/2010 10:00,2.50,17850,United Kingdom"]);
        var high = TestData.WriteCsv(_warehouse.File("high.csv"), [TestData.OnlineRetailHeader, "536601,90001,RED MUG,2,12/20/2010 10:00,2.50,17850,United Kingdom"]);
        foreach (var path in higherInvoiceFirst ? new[] { high, low } : [low, high])
        {
            Load(path);
        }

        // When their return is loaded
        Load(Write("cancellation"));

        // Then it reverses the same one either way: the higher invoice number
        Assert.Equal("536601", LinkedPurchase("C536200"));
    }

    [Fact]
    public void A_cancellation_reverses_the_purchase_not_its_duplicate_copy()
    {
        // Given a purchase written twice (the second line is a duplicate, left out of every figure) and its return
        var path = TestData.WriteCsv(_warehouse.File("copies.csv"),
        [
            TestData.OnlineRetailHeader,
            "536400,90002,BLUE MUG,2,12/20/2010 10:00,3.00,17860,United Kingdom",
            "536400,90002,BLUE MUG,2,12/20/2010 10:00,3.00,17860,United Kingdom",
            "C536401,90002,BLUE MUG,-1,12/22/2010 10:00,3.00,17860,United Kingdom",
        ]);

        Load(path);

        using var db = _warehouse.Open();
        var linked = db.QuerySingle<(long Row, bool Duplicate)>("""
            SELECT p.source_row_number, p.is_duplicate
            FROM dw.fact_sales AS c
            JOIN dw.fact_sales AS p ON p.sales_line_key = c.cancelled_sales_line_key
            WHERE c.invoice_no = 'C536401'
            """);
        Assert.Equal((2L, false), linked);
    }

    [Fact]
    public void Migrating_a_warehouse_loaded_by_an_older_version_links_its_cancellations_by_todays_rule()
    {
        // Given the return loaded before its purchases by a version that never linked it afterwards (the link cleared
        // and the count left at 0, as that version left them), and the one-off relink script not yet run
        Load(Write("cancellation"));
        Load(Write("purchases"));
        using (var db = _warehouse.Open())
        {
            db.Execute("UPDATE dw.fact_sales SET cancelled_sales_line_key = NULL");
            db.Execute("UPDATE etl.batch_rule_count SET rows_matched = 0 WHERE rule_code = 'CANCELLATION_LINKED'");
            db.Execute("DELETE FROM schema_version WHERE script_name LIKE 'tables/0023_relink_cancellations.sql%'");
        }

        // When the warehouse is migrated
        Assert.True(new ShopSmart.Core.Migrations.MigrationRunner(_warehouse.Engine).Migrate().Successful);

        // Then the return is linked and counted
        Assert.Equal("536101", LinkedPurchase("C536200"));
        Assert.Equal((0L, 1L), Counts()["cancellation"]);
    }

    [Fact]
    public void Force_with_quarantined_copies_elsewhere_names_the_batches_that_hold_them()
    {
        // Given the purchases quarantining their copies in a later file (duplicate policy Quarantine)
        var first = TestData.WriteCsv(_warehouse.File("first.csv"), [TestData.OnlineRetailHeader, .. Purchases]);
        var second = TestData.WriteCsv(_warehouse.File("second.csv"), [TestData.OnlineRetailHeader, .. Purchases, .. Renamed]);
        Load(first, "--duplicates", "Quarantine");
        Load(second, "--duplicates", "Quarantine");

        // When the first file is forced again
        var forced = Load(first, "--force", "--duplicates", "Quarantine");

        // Then, as unload does, it says which batch quarantined copies of the lines it replaced
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("warning: batch 2 (", forced.Output);
        Assert.Contains("quarantined 2 line(s) as copies of the replaced batch; reload that file with --force", forced.Output.Replace("\n", " "));
    }

    [Fact]
    public void Force_with_other_null_words_leaves_no_customer_or_description_only_the_old_load_had()
    {
        // Given a line whose customer and description are the word UNKNOWN, loaded as values
        var path = TestData.WriteCsv(_warehouse.File("unknown.csv"),
        [
            TestData.OnlineRetailHeader,
            "536700,90009,UNKNOWN,1,12/20/2010 10:00,2.00,UNKNOWN,United Kingdom",
            "536701,90010,BLUE JUG,1,12/20/2010 11:00,3.00,17850,United Kingdom",
        ]);
        Load(path);

        // When it is forced again by a program whose configuration reads UNKNOWN as a missing value
        File.WriteAllText(Path.Combine(_warehouse.Folder, "appsettings.json"), """{ "Etl": { "Cleaning": { "MissingValueWords": [ "UNKNOWN" ] } } }""");
        var forced = CliRunner.Process("shopsmart-etl", _warehouse.Folder,
            "load", path, "--force", "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath);

        // Then the customer "UNKNOWN" and the description "UNKNOWN", which only the replaced load had, are gone
        Assert.True(forced.ExitCode == 0, forced.Output + forced.Error);
        using var db = _warehouse.Open();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_customer WHERE customer_id = 'UNKNOWN'"));
        Assert.Null(db.ExecuteScalar<string?>("SELECT description FROM dw.dim_product WHERE stock_code = '90009'"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_product_description WHERE description = 'UNKNOWN'"));
    }

    [Fact]
    public void Migrating_clears_a_link_to_a_line_that_is_no_longer_there()
    {
        // Given a return whose link points at a purchase an earlier version's --force deleted
        Load(Write("cancellation"));
        using (var db = _warehouse.Open())
        {
            db.Execute("UPDATE dw.fact_sales SET cancelled_sales_line_key = 999999 WHERE invoice_no = 'C536200'");
            db.Execute("DELETE FROM schema_version WHERE script_name LIKE 'tables/0023_relink_cancellations.sql%'");
        }

        Assert.True(new ShopSmart.Core.Migrations.MigrationRunner(_warehouse.Engine).Migrate().Successful);

        using var check = _warehouse.Open();
        Assert.Null(check.ExecuteScalar<long?>("SELECT cancelled_sales_line_key FROM dw.fact_sales WHERE invoice_no = 'C536200'"));
        Assert.Equal((0L, 0L), Counts()["cancellation"]);
    }

    [Fact]
    public void Unloading_a_file_two_later_files_repeat_frees_the_earliest_copy_only_and_leaves_a_batch_between_them_as_it_was()
    {
        // Given a purchase (A); a file repeating it twice after a line of its own (B: rows 3 and 4); a file with nothing
        // in common (C: another product and customer); and a file repeating the purchase on its first row (D, another
        // file than A: a second line)
        var bowl = "536400,90002,BLUE BOWL,1,12/22/2010 10:00,3.00,17860,France";
        var a = TestData.WriteCsv(_warehouse.File("a.csv"), [TestData.OnlineRetailHeader, Purchases[0]]);
        Assert.Equal(0, Load(a).ExitCode);
        Assert.Equal(0, Load(TestData.WriteCsv(_warehouse.File("b.csv"), [TestData.OnlineRetailHeader, Renamed[0], Purchases[0], Purchases[0]])).ExitCode);
        Assert.Equal(0, Load(TestData.WriteCsv(_warehouse.File("c.csv"), [TestData.OnlineRetailHeader, bowl])).ExitCode);
        Assert.Equal(0, Load(TestData.WriteCsv(_warehouse.File("d.csv"), [TestData.OnlineRetailHeader, Purchases[0], Renamed[1]])).ExitCode);

        // When A is unloaded (B and D depend on it; the refresh runs over batches 2 to 4, C included)
        var unload = CliRunner.Etl(["unload", a, "--duckdb", _warehouse.Engine.DatabasePath]);

        // Then B's first copy is the sale now, its second copy is still a duplicate within its file (not of D's line,
        // which sorts first by row but is in another file), D's stays a copy of B's, and C is as it was
        Assert.Equal(0, unload.ExitCode);
        Assert.True(unload.Output.Contains("2 batches (2, 4)", StringComparison.Ordinal), unload.Output);
        using var db = _warehouse.Open();
        var lines = db.Query<(string File, long Row, bool Duplicate, bool AlreadyLoaded, bool CleanSale)>("""
            SELECT b.source_file, f.source_row_number, f.is_duplicate, f.is_already_loaded, f.is_clean_sale
            FROM dw.fact_sales AS f JOIN etl.batch AS b ON b.batch_id = f.batch_id
            WHERE f.invoice_no IN ('536100', '536400')
            """).ToDictionary(l => (Path.GetFileNameWithoutExtension(l.File), l.Row), l => (l.Duplicate, l.AlreadyLoaded, l.CleanSale));
        Assert.Equal(4, lines.Count);
        Assert.Equal((false, false, true), lines[("b", 3)]);
        Assert.Equal((true, false, false), lines[("b", 4)]);
        Assert.Equal((true, true, false), lines[("d", 2)]);
        Assert.Equal((false, false, true), lines[("c", 2)]);

        // And each batch's counts say the same
        var counts = db.Query<(string File, string Rule, long Rows)>("""
            SELECT b.source_file, r.rule_code, r.rows_matched
            FROM etl.batch_rule_count AS r JOIN etl.batch AS b ON b.batch_id = r.batch_id
            WHERE b.status = 'loaded' AND r.rule_code IN ('DUPLICATE', 'DUPLICATE_OF_EARLIER_BATCH', 'CLEAN_SALE')
            """).ToDictionary(r => (Path.GetFileNameWithoutExtension(r.File), r.Rule), r => r.Rows);
        Assert.Equal((1L, 0L, 2L), (counts[("b", "DUPLICATE")], counts[("b", "DUPLICATE_OF_EARLIER_BATCH")], counts[("b", "CLEAN_SALE")]));
        Assert.Equal((1L, 1L, 1L), (counts[("d", "DUPLICATE")], counts[("d", "DUPLICATE_OF_EARLIER_BATCH")], counts[("d", "CLEAN_SALE")]));
        Assert.Equal((0L, 0L, 1L), (counts[("c", "DUPLICATE")], counts[("c", "DUPLICATE_OF_EARLIER_BATCH")], counts[("c", "CLEAN_SALE")]));
    }

    private string Write(string name) => TestData.WriteCsv(_warehouse.File($"{name}.csv"), [TestData.OnlineRetailHeader, .. name switch
    {
        "purchases" => Purchases,
        "renamed" => Renamed,
        "cancellation" => Cancellation,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    }]);

    private CliRunner.Result Load(string path, params string[] options) =>
        CliRunner.Etl(["load", path, .. options, "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath]);

    private string? LinkedPurchase(string cancellation)
    {
        using var db = _warehouse.Open();
        return db.QuerySingleOrDefault<string>("""
            SELECT p.invoice_no
            FROM dw.fact_sales AS c
            JOIN dw.fact_sales AS p ON p.sales_line_key = c.cancelled_sales_line_key
            WHERE c.invoice_no = $cancellation
            """, new { cancellation });
    }

    /// <summary>Each loaded file's DESCRIPTION_NOT_CANONICAL and CANCELLATION_LINKED counts, by file name.</summary>
    private Dictionary<string, (long NotCanonical, long Linked)> Counts()
    {
        using var db = _warehouse.Open();
        return db.Query<(string File, long NotCanonical, long Linked)>("""
            SELECT
                b.source_file,
                max(r.rows_matched) FILTER (WHERE r.rule_code = 'DESCRIPTION_NOT_CANONICAL'),
                max(r.rows_matched) FILTER (WHERE r.rule_code = 'CANCELLATION_LINKED')
            FROM etl.batch AS b
            JOIN etl.batch_rule_count AS r ON r.batch_id = b.batch_id
            WHERE b.status = 'loaded'
            GROUP BY b.source_file
            """).ToDictionary(r => Path.GetFileNameWithoutExtension(r.File), r => (r.NotCanonical, r.Linked));
    }
}
