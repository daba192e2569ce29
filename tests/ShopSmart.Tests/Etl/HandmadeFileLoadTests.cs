using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// A small Latin-1 file with one of each quirk, loaded through the real command line into DuckDB. The expected
/// figures are worked out by hand from the lines below.
/// </summary>
public sealed class HandmadeFileLoadTests : IDisposable
{
    // Row numbers count the header as row 1, as a spreadsheet does.
    private static readonly string[] Lines =
    [
        TestData.OnlineRetailHeader,
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom",      // 2  15.30
        "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom",                     // 3  20.34
        "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom",                     // 4  20.34 duplicate of 3
        "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,12/1/2010 9:41,2.55,17850,United Kingdom",   // 5  -5.10 cancels row 2
        "536380,POST,POSTAGE,1,12/1/2010 9:45,18,12583,France",                                            // 6  18.00 non-product
        "536381,21777,damaged,-10,12/1/2010 10:00,0,,United Kingdom",                                      // 7   0.00 stock adjustment
        "536382,85123a,CAF\u00c9 CREAM HEART ,3,12/2/2010 11:00,2.95,,United Kingdom",                     // 8   8.85 guest, lower-case code
        "536383,22423,REGENCY CAKESTAND 3 TIER,two,12/2/2010 11:05,12.75,13047,United Kingdom",            // 9  rejected BAD_QUANTITY
        "536384,22423,REGENCY CAKESTAND 3 TIER,1,31/12/2010 11:05,12.75,13047,United Kingdom",             // 10 rejected BAD_DATE (12.75)
        "536385,22423,REGENCY CAKESTAND 3 TIER,1,12/3/2010 11:05",                                         // 11 rejected WRONG_COLUMN_COUNT
        "536386,22423,REGENCY CAKESTAND 3 TIER,1,12/3/2010 11:05,abc,13047,United Kingdom",                // 12 rejected BAD_PRICE
        "A563185,B,Adjust bad debt,1,12/4/2010 14:50,11062.06,,United Kingdom",                            // 13 11062.06 bad debt
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private string WriteFile(string name = "handmade.csv") => TestData.WriteCsv(_warehouse.File(name), Lines);

    // Every date of the file but row 10's could be read either way (12/1/2010: 1 Dec or 12 Jan), so the file says how
    // it is written, as a user would for a small UCI-style file; row 10's 31/12/2010 is then not a date.
    private CliRunner.Result Load(params string[] extra) =>
        CliRunner.Etl(["load", .. extra, "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath]);

    [Fact]
    public void Every_row_is_loaded_or_quarantined_and_the_batch_reconciles()
    {
        var result = Load(WriteFile());

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        var batch = db.QuerySingle<(long Read, long Loaded, long Rejected, decimal Source, decimal LoadedValue, decimal RejectedValue, bool Reconciled, string Status, string Layout)>(
            "SELECT rows_read, rows_loaded, rows_rejected, source_value, loaded_value, rejected_value, is_reconciled, status, layout FROM etl.batch");
        Assert.Equal((12L, 8L, 4L), (batch.Read, batch.Loaded, batch.Rejected));
        // 15.30 + 20.34 + 20.34 - 5.10 + 18 + 0 + 8.85 + 12.75 (row 10, date bad but value parsed) + 11062.06
        Assert.Equal(11152.54m, batch.Source);
        Assert.Equal(11152.54m - 12.75m, batch.LoadedValue);
        Assert.Equal(12.75m, batch.RejectedValue);
        Assert.True(batch.Reconciled);
        Assert.Equal(("loaded", "OnlineRetail"), (batch.Status, batch.Layout));
        Assert.Contains("reconciled", result.Output);
    }

    [Fact]
    public void Unparseable_rows_are_quarantined_with_row_number_raw_text_and_reason()
    {
        var path = WriteFile();

        Load(path);

        using var db = _warehouse.Open();
        var rejected = db.Query<(long Row, string Reason, string Raw, string File)>(
            "SELECT source_row_number, reason_code, raw_values, source_file FROM etl.rejected_row ORDER BY source_row_number").ToList();
        Assert.Equal(
            [(9L, "BAD_QUANTITY"), (10L, "BAD_DATE"), (11L, "WRONG_COLUMN_COUNT"), (12L, "BAD_PRICE")],
            rejected.Select(r => (r.Row, r.Reason)));
        Assert.Equal(Lines[10], rejected[2].Raw);
        Assert.All(rejected, r => Assert.Equal(Path.GetFullPath(path), r.File));
    }

    [Fact]
    public void A_record_longer_than_the_read_buffer_is_quarantined_not_the_file_refused()
    {
        // 70,000 characters of description: beyond the reader's 64 KiB buffer, far beyond the column's 200.
        var path = TestData.WriteCsv(_warehouse.File("long.csv"),
        [
            TestData.OnlineRetailHeader,
            Lines[1],
            $"536366,22633,{new string('X', 70_000)},6,12/1/2010 8:28,1.85,17850,United Kingdom",
            Lines[2],
        ]);

        var result = Load(path);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal((3L, "VALUE_TOO_LONG"), db.QuerySingle<(long, string)>("SELECT source_row_number, reason_code FROM etl.rejected_row"));
    }

    [Fact]
    public void Customers_known_by_e_mail_address_load_as_customers_up_to_100_characters()
    {
        // Shopify and WooCommerce exports name customers by e-mail; one id is a character too long for the column
        var longest = new string('a', 88) + "@example.com";
        var path = TestData.WriteCsv(_warehouse.File("emails.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,jane.doe+shop@example.co.uk,United Kingdom",
            $"536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,{longest},United Kingdom",
            $"536367,22632,HAND WARMER RED POLKA DOT,6,12/13/2010 8:30,1.85,{longest}x,United Kingdom",
        ]);

        var result = Load(path);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal([longest, "jane.doe+shop@example.co.uk"], db.Query<string>("SELECT customer_id FROM dw.dim_customer WHERE NOT is_unknown ORDER BY 1"));
        Assert.Equal((4L, "VALUE_TOO_LONG"), db.QuerySingle<(long, string)>("SELECT source_row_number, reason_code FROM etl.rejected_row"));
        Assert.Contains("CustomerID has 101 characters (at most 100)", db.ExecuteScalar<string>("SELECT reason_detail FROM etl.rejected_row"));
    }

    [Fact]
    public void A_load_that_quarantines_a_twentieth_of_the_file_or_more_says_so_aloud_and_a_smaller_share_does_not()
    {
        // Given a file of 20 lines, one of them too long for the warehouse (5 %), and one of 21 (under 5 %)
        string[] Lines(int count) =>
        [
            TestData.OnlineRetailHeader,
            .. Enumerable.Range(0, count - 1).Select(i => $"5364{i:00},22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,17850,United Kingdom"),
            $"536399,22632,{new string('X', 201)},6,12/13/2010 8:30,1.85,17850,United Kingdom",
        ];

        var much = Load(TestData.WriteCsv(_warehouse.File("much.csv"), Lines(20)));
        var little = Load(TestData.WriteCsv(_warehouse.File("little.csv"), Lines(21)));

        // Then the first load warns, naming the share, the reason and its first row; the second does not
        Assert.Equal(0, much.ExitCode);
        Assert.Contains(
            "warning: 1 of 20 rows (5.00%) were quarantined as the file was read: VALUE_TOO_LONG 1 (row 21: Description has 201 characters (at most 200))",
            much.Output.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Equal(0, little.ExitCode);
        Assert.DoesNotContain("were quarantined as the file was read", little.Output);
    }

    [Fact]
    public void A_header_ending_in_a_delimiter_loads_rows_that_do_not()
    {
        var path = TestData.WriteCsv(_warehouse.File("trailing.csv"), [TestData.OnlineRetailHeader + ",", Lines[1], Lines[2] + ","]);

        var result = Load(path);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM etl.rejected_row"));
    }

    [Fact]
    public void A_folder_s_files_of_other_extensions_and_its_subfolders_are_named_as_not_read()
    {
        var folder = Directory.CreateDirectory(_warehouse.File("exports")).FullName;
        TestData.WriteCsv(Path.Combine(folder, "december.csv"), [TestData.OnlineRetailHeader, Lines[1]]);
        File.WriteAllText(Path.Combine(folder, "january.txt"), TestData.OnlineRetailHeader + "\n");
        var nested = Directory.CreateDirectory(Path.Combine(folder, "2011")).FullName;
        TestData.WriteCsv(Path.Combine(nested, "february.csv"), [TestData.OnlineRetailHeader, Lines[2]]);
        Directory.CreateDirectory(Path.Combine(folder, ".cache"));

        var result = Load(folder);

        Assert.Equal(0, result.ExitCode);
        var output = result.Output.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("Not read", output);
        Assert.Contains("january.txt", output);
        Assert.Contains("2011/, a folder inside the one given; name it to load its files", output);
        Assert.DoesNotContain(".cache", output);
        Assert.Contains("Loading 1 file(s)", output);
    }

    [Fact]
    public void A_NUL_inside_a_value_quarantines_its_line_and_a_value_of_NULs_only_is_blank()
    {
        // bcp writes an empty string as one NUL; a NUL inside a value is damage that DuckDB would cut the value at
        var path = TestData.WriteCsv(_warehouse.File("nul.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING\0HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom",
            "536366,71053,WHITE METAL LANTERN,6,12/1/2010 8:28,3.39,\0,United Kingdom",
        ]);

        var result = Load(path);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(
            (2L, "BAD_TEXT", "Description holds a NUL character at position 14 (a damaged export?)",
                "536365,85123A,WHITE HANGING\u2400HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom"),
            db.QuerySingle<(long, string, string, string)>("SELECT source_row_number, reason_code, reason_detail, raw_values FROM etl.rejected_row"));
        Assert.True(db.QuerySingle<bool>("SELECT is_missing_customer FROM dw.fact_sales"));
    }

    [Fact]
    public void Countries_written_in_another_case_are_one_country_named_as_first_loaded()
    {
        // Given two exports that write the same country in different cases
        var first = TestData.WriteCsv(_warehouse.File("first.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom",
            "536366,71053,WHITE METAL LANTERN,6,12/1/2010 8:28,3.39,17850,united kingdom",
            "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,France",
        ]);
        var second = TestData.WriteCsv(_warehouse.File("second.csv"),
        [
            TestData.OnlineRetailHeader,
            "536368,22960,JAM MAKING SET WITH JARS,6,12/2/2010 8:34,4.25,13047,UNITED KINGDOM",
            "536369,22961,JAM MAKING SET PRINTED,6,12/2/2010 8:35,1.45,13048,FRANCE",
        ]);

        // When both are loaded
        Assert.Equal(0, Load(first).ExitCode);
        Assert.Equal(0, Load(second).ExitCode);

        // Then each country is one member, named as it was first loaded, and its sales are not split
        using var db = _warehouse.Open();
        Assert.Equal(
            [("France", 2L), ("United Kingdom", 3L)],
            db.Query<(string, long)>("""
                SELECT c.country_name, count(*) FROM dw.fact_sales AS f JOIN dw.dim_country AS c ON c.country_key = f.country_key
                GROUP BY c.country_name ORDER BY 1
                """));
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_country WHERE country_key <> 0"));
    }

    [Fact]
    public void A_header_without_rows_loads_as_an_empty_batch_and_says_so()
    {
        // A day without sales exports a header alone: recorded as seen, not refused, but not passed over in silence
        var result = Load(TestData.WriteCsv(_warehouse.File("quiet-day.csv"), [TestData.OnlineRetailHeader]));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No rows: quiet-day.csv holds a header and no data; its batch is empty.", result.Output.Replace("\n", " ", StringComparison.Ordinal));
        using var db = _warehouse.Open();
        Assert.Equal((0L, true), db.QuerySingle<(long, bool)>("SELECT rows_read, is_reconciled FROM etl.batch"));
    }

    [Fact]
    public void Lines_of_delimiters_only_are_skipped_like_blank_lines()
    {
        // Excel writes ",,,,,,," for formatted but empty rows
        var path = TestData.WriteCsv(_warehouse.File("empty-rows.csv"), [TestData.OnlineRetailHeader, Lines[1], ",,,,,,,", "", Lines[2], ",,,,,,,"]);

        var result = Load(path);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal((2L, 2L, 0L), db.QuerySingle<(long, long, long)>("SELECT rows_read, rows_loaded, rows_rejected FROM etl.batch"));
        Assert.Equal([2L, 5L], db.Query<long>("SELECT source_row_number FROM dw.fact_sales ORDER BY 1"));
    }

    [Fact]
    public void A_line_that_starts_with_a_hash_is_a_line_like_any_other_not_a_comment()
    {
        // Shopify names its orders #1001: a CSV reader's comment character would drop such lines unseen, and their rows
        // would no longer count
        var path = TestData.WriteCsv(_warehouse.File("hash-orders.csv"),
        [
            TestData.OnlineRetailHeader,
            Lines[1],
            "#536390,22423,REGENCY CAKESTAND 3 TIER,1,12/3/2010 11:05,12.75,13047,United Kingdom",
            "# a note,,,,,,,",
            Lines[2],
        ]);

        var result = Load(path);

        // Then the order line loads under its own number, the note is quarantined, and the rows after keep their numbers
        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal((4L, 3L, 1L), db.QuerySingle<(long, long, long)>("SELECT rows_read, rows_loaded, rows_rejected FROM etl.batch"));
        Assert.Equal(["2|536365", "3|#536390", "5|536365"], db.Query<string>("SELECT concat(source_row_number, '|', invoice_no) FROM dw.fact_sales ORDER BY 1"));
        Assert.Equal(4L, db.ExecuteScalar<long>("SELECT source_row_number FROM etl.rejected_row"));
    }

    [Theory]
    [InlineData("(3206 rows affected)", "QUERY_TOOL_LINE")]
    [InlineData("(1 row affected)", "QUERY_TOOL_LINE")]
    [InlineData("(3,206 rows)", "QUERY_TOOL_LINE")]
    [InlineData("(3206 row(s) affected)", "QUERY_TOOL_LINE")]
    [InlineData("-------+-----------+------", "QUERY_TOOL_LINE")]
    [InlineData("(rows affected)", "WRONG_COLUMN_COUNT")]
    [InlineData("(3206 rows lost)", "WRONG_COLUMN_COUNT")]
    [InlineData("-6,-,-,-,-,-,-,-", "BAD_QUANTITY")]
    public void What_a_query_tool_writes_around_the_data_is_named_for_what_it_is(string line, string reason)
    {
        var path = TestData.WriteCsv(_warehouse.File("query.csv"), [TestData.OnlineRetailHeader, Lines[1], line]);
        var sink = new CollectingSink();

        ShopSmart.Etl.Sources.SourceReader.Read(
            ShopSmart.Etl.Sources.SourceFile.Inspect(path), sink, new ShopSmart.Etl.Sources.SourceOptions { DateOrder = "month-first" }, default);

        Assert.Single(sink.Lines);
        Assert.Equal((3L, reason), (Assert.Single(sink.Rejected).RowNumber, sink.Rejected[0].ReasonCode));
    }

    [Theory]
    [InlineData(",,TOTAL,12,,7.50,,")]
    [InlineData("Grand Total,,,12,,7.50,,")]
    [InlineData(",Summe:,,12,12/1/2010 8:26,7.50,,")]
    public void A_totals_row_is_named_and_its_sum_is_not_counted_as_a_sale(string totals)
    {
        // Given two lines worth 15.30 and 20.34, a product described TOTAL, and a report's totals row under them
        var path = TestData.WriteCsv(_warehouse.File("with-totals.csv"),
        [
            TestData.OnlineRetailHeader, Lines[1], Lines[2],
            "536366,22000,TOTAL,1,12/1/2010 8:30,1.00,17850,United Kingdom",
            totals,
        ]);

        var result = Load(path);

        // Then the totals row is quarantined as such, and "read from file" is the lines' value, not twice it
        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal((4L, 3L, 36.64m), db.QuerySingle<(long, long, decimal)>("SELECT rows_read, rows_loaded, source_value FROM etl.batch"));
        Assert.Equal("TOTALS_ROW", db.ExecuteScalar<string>("SELECT reason_code FROM etl.rejected_row"));
    }

    [Fact]
    public void Each_rule_flags_its_rows_and_is_counted()
    {
        Load(WriteFile());

        using var db = _warehouse.Open();
        var counts = db.Query<(string Rule, long Rows)>("SELECT rule_code, rows_matched FROM etl.batch_rule_count")
            .ToDictionary(r => r.Rule, r => r.Rows);
        Assert.Equal(1, counts["CANCELLATION"]);
        Assert.Equal(1, counts["CANCELLATION_LINKED"]);
        Assert.Equal(1, counts["BAD_DEBT_ADJUSTMENT"]);
        Assert.Equal(1, counts["STOCK_ADJUSTMENT"]);
        Assert.Equal(2, counts["NON_PRODUCT"]);           // POST and the bad-debt line B
        Assert.Equal(3, counts["MISSING_CUSTOMER"]);      // rows 7, 8, 13
        Assert.Equal(1, counts["ZERO_PRICE"]);
        Assert.Equal(1, counts["DUPLICATE"]);
        Assert.Equal(1, counts["STOCK_CODE_NORMALISED"]); // 85123a
        Assert.Equal(1, counts["DESCRIPTION_UNTRIMMED"]); // "CAFÉ CREAM HEART "
        Assert.Equal(3, counts["CLEAN_SALE"]);            // rows 2, 3, 8
        Assert.Equal(1, counts["REJECTED:BAD_DATE"]);
        Assert.Equal(1, counts["REJECTED:WRONG_COLUMN_COUNT"]);
    }

    [Fact]
    public void Cancellation_is_linked_to_the_purchase_it_reverses()
    {
        Load(WriteFile());

        using var db = _warehouse.Open();
        var link = db.QuerySingle<long>("""
            SELECT p.source_row_number
            FROM dw.fact_sales AS c JOIN dw.fact_sales AS p ON p.sales_line_key = c.cancelled_sales_line_key
            WHERE c.is_cancellation
            """);
        Assert.Equal(2, link);
    }

    [Fact]
    public void Latin1_text_and_stock_code_variants_land_in_one_product_with_a_canonical_description()
    {
        Load(WriteFile());

        using var db = _warehouse.Open();
        var product = db.QuerySingle<(string Description, int Variants)>(
            "SELECT description, description_variants FROM dw.dim_product WHERE stock_code = '85123A'");
        Assert.Equal(("WHITE HANGING HEART T-LIGHT HOLDER", 2), product);
        var other = db.QuerySingle<string>(
            "SELECT description FROM dw.dim_product_description WHERE NOT is_canonical AND product_key = (SELECT product_key FROM dw.dim_product WHERE stock_code = '85123A')");
        Assert.Equal("CAF\u00c9 CREAM HEART", other);
    }

    [Fact]
    public void Duplicate_is_flagged_by_default_and_quarantined_on_request()
    {
        Load("--duplicates", "Quarantine", WriteFile());

        using var db = _warehouse.Open();
        Assert.Equal(7, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE is_duplicate"));
        var duplicate = db.QuerySingle<(long Row, string Detail, decimal Value)>(
            "SELECT source_row_number, reason_detail, line_value FROM etl.rejected_row WHERE reason_code = 'DUPLICATE_LINE'");
        Assert.Equal((4L, "exact copy of row 3", 20.34m), duplicate);
        Assert.True(db.ExecuteScalar<bool>("SELECT is_reconciled FROM etl.batch"));
    }

    [Fact]
    public void Loading_the_same_file_again_is_a_no_op_that_says_so_and_force_replaces_the_batch()
    {
        var path = WriteFile();
        Load(path);

        var again = Load(path);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Already loaded", again.Output);
        using (var db = _warehouse.Open())
        {
            Assert.Equal(8, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
            Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
        }

        var forced = Load("--force", path);

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Loaded batch 2: 12 rows", forced.Output);
        Assert.Contains("replacing batch 1 (--force)", forced.Output);
        using var check = _warehouse.Open();
        Assert.Equal(8, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal(4, check.ExecuteScalar<long>("SELECT count(*) FROM etl.rejected_row"));
        Assert.Equal(
            ["loaded", "replaced"],
            check.Query<string>("SELECT status FROM etl.batch ORDER BY status"));
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(DISTINCT batch_id) FROM dw.fact_sales"));
    }

    [Theory]
    [InlineData("Flag")]
    [InlineData("Quarantine")]
    public void Lines_an_earlier_file_already_loaded_are_duplicates_and_do_not_count_twice(string policy)
    {
        // Given the hand-made file loaded, then a second file repeating two of its lines (rows 2 and 6) plus one new line
        Load("--duplicates", policy, WriteFile());
        var overlapping = TestData.WriteCsv(_warehouse.File("overlap.csv"), [Lines[0], Lines[1], Lines[5], "536999,22423,REGENCY CAKESTAND 3 TIER,2,12/5/2010 9:00,12.75,17850,United Kingdom"]);

        // When the second file is loaded
        var result = Load("--duplicates", policy, overlapping);

        // Then its repeated lines are duplicates (flagged, or quarantined as already loaded), and only the new sale counts
        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        var batch = db.ExecuteScalar<int>("SELECT max(batch_id) FROM etl.batch");
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = $b AND is_clean_sale", new { b = batch }));
        if (policy == "Flag")
        {
            Assert.Contains("already loaded by earlier batches", result.Output.Replace("\n", " ", StringComparison.Ordinal));
            Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = $b AND is_duplicate", new { b = batch }));
            Assert.Equal(2, db.ExecuteScalar<long>("SELECT rows_matched FROM etl.batch_rule_count WHERE batch_id = $b AND rule_code = 'DUPLICATE_OF_EARLIER_BATCH'", new { b = batch }));
        }
        else
        {
            Assert.Equal(
                ["already loaded by batch " + db.ExecuteScalar<int>("SELECT min(batch_id) FROM etl.batch")],
                db.Query<string>("SELECT DISTINCT reason_detail FROM etl.rejected_row WHERE batch_id = $b", new { b = batch }));
            Assert.Equal(2, db.ExecuteScalar<long>("SELECT rows_rejected FROM etl.batch WHERE batch_id = $b", new { b = batch }));
        }

        // And the monthly view's December revenue grows by the new sale only (2 x 12.75)
        var december = db.ExecuteScalar<decimal>("SELECT gross_revenue FROM mart.v_sales_monthly WHERE year_month = '2010-12'");
        Assert.Equal(15.30m + 20.34m + 8.85m + 25.50m, december);
    }

    [Fact]
    public void The_calendar_holds_every_day_of_the_years_loaded_once()
    {
        // Given the hand-made file (December 2010) loaded, then a file of a line in 2011
        Load(WriteFile());
        var later = TestData.WriteCsv(_warehouse.File("later.csv"), [Lines[0], "536999,22423,REGENCY CAKESTAND 3 TIER,2,1/18/2011 9:00,12.75,17850,United Kingdom"]);

        // When the December file is loaded again under another name and the 2011 file after it
        Load(TestData.WriteCsv(_warehouse.File("again.csv"), Lines[..5]));
        Load(later);

        // Then 2010 and 2011 are there in full, each day once, with its calendar attributes
        using var db = _warehouse.Open();
        Assert.Equal(
            [(2010, 365L, 365L), (2011, 365L, 365L)],
            db.Query<(int, long, long)>("SELECT calendar_year, count(*), count(DISTINCT date_key) FROM dw.dim_date GROUP BY 1 ORDER BY 1"));
        Assert.Equal("Monday", db.ExecuteScalar<string>("SELECT day_name FROM dw.dim_date WHERE date_key = 20110103"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM stg.calendar_day"));
    }

    [Fact]
    public void Every_run_is_recorded_with_its_exit_code()
    {
        Load(WriteFile());
        Load(_warehouse.File("missing.csv"));

        using var db = _warehouse.Open();
        var runs = db.Query<(string App, string Command, string Status, int ExitCode, string? Error)>(
            "SELECT app, command, status, exit_code, error_text FROM etl.job_run ORDER BY job_run_id").ToList();
        Assert.Equal(("shopsmart-etl", "load", "succeeded", 0), (runs[0].App, runs[0].Command, runs[0].Status, runs[0].ExitCode));
        Assert.Equal(("failed", 2), (runs[1].Status, runs[1].ExitCode));
        Assert.Contains("missing.csv", runs[1].Error);
    }

    [Fact]
    public void A_load_before_migrate_is_refused_with_a_clear_message()
    {
        // Given a DuckDB file that exists but was never migrated (a missing one is refused as bad input, exit 2)
        using var empty = new TempDirectory();
        new DuckDbEngine(empty.File("new.duckdb")).OpenConnection().Dispose();

        var result = CliRunner.Etl("load", WriteFile(), "--duckdb", empty.File("new.duckdb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Run the migrate command first", result.Output);
    }
}
