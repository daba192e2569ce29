using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// The corpus in Fixtures/bad: each file gets its documented outcome (docs/bad-input.md) — refused as a whole with
/// exit code 2 and the warehouse unchanged, or loaded with its bad rows quarantined and nothing lost.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private static string Corpus(string name) => Path.Combine(RepoPaths.Fixtures, "bad", name);

    private CliRunner.Result Load(string path) => CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath);

    [Theory]
    [InlineData("wrong-header.csv", "missing column(s) Invoice, StockCode, Quantity, InvoiceDate, Customer ID")]
    [InlineData("empty.csv", "the file is empty")]
    [InlineData("one-column.csv", "missing column(s) StockCode")]
    [InlineData("garbage.csv", "does not start with a header but with binary data")]
    [InlineData("unclosed-quote.csv", "row 3: malformed CSV")]
    [InlineData("ambiguous-dates.csv", "could be read with month first or with day first, and none in the file settles it: row 2 '12/1/2010 8:26'")]
    [InlineData("all-rows-bad.csv", "none of its 3 rows can be loaded: BAD_PRICE 2 (row 3: UnitPrice is empty); BAD_QUANTITY 1 (row 2: Quantity 'six' is not a whole number). Nothing was written")]
    public void A_file_refused_as_a_whole_exits_2_names_the_problem_and_changes_nothing(string name, string message)
    {
        IReadOnlyDictionary<string, long> before;
        using (var db = _warehouse.Open())
        {
            before = WarehouseSnapshot.Take(db);
        }

        var result = Load(Corpus(name));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(name, result.Output);
        Assert.Contains(message, result.Output);
        using var after = _warehouse.Open();
        Assert.Equal(before, WarehouseSnapshot.Take(after));
    }

    [Theory]
    [InlineData("bad-dates.csv", 4, 2, "BAD_DATE")]
    [InlineData("text-in-numbers.csv", 3, 2, "BAD_QUANTITY,BAD_PRICE")]
    [InlineData("wrong-column-count.csv", 3, 2, "WRONG_COLUMN_COUNT")]
    [InlineData("extra-columns.csv", 2, 0, "")]
    [InlineData("latin1.csv", 2, 0, "")]
    [InlineData("utf16.csv", 2, 0, "")]
    [InlineData("european.csv", 3, 1, "BAD_PRICE")]
    [InlineData("huge-values.csv", 9, 6, "VALUE_OUT_OF_RANGE,BAD_DATE")]
    [InlineData("repeated-header.csv", 5, 2, "REPEATED_HEADER,BAD_QUANTITY")]
    [InlineData("rounded-ids.csv", 4, 2, "ROUNDED_IDENTIFIER")]
    [InlineData("query-tool.csv", 4, 2, "QUERY_TOOL_LINE")]
    public void A_file_with_bad_rows_loads_the_good_ones_and_quarantines_the_rest(string name, long read, long rejected, string reasons)
    {
        var result = Load(Corpus(name));

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        var batch = db.QuerySingle<(long Read, long Loaded, long Rejected, bool Reconciled)>(
            "SELECT rows_read, rows_loaded, rows_rejected, is_reconciled FROM etl.batch");
        Assert.Equal((read, read - rejected, rejected, true), batch);
        var found = db.Query<string>("SELECT reason_code FROM etl.rejected_row ORDER BY source_row_number");
        Assert.Equal(reasons.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), found.Distinct().Order());
    }

    [Fact]
    public void A_line_value_beyond_the_warehouse_range_is_quarantined_and_one_just_inside_is_loaded_exactly()
    {
        var result = Load(Corpus("huge-values.csv"));

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        var rejected = db.Query<(long Row, string Reason, string Detail, decimal? Value)>(
            "SELECT source_row_number, reason_code, reason_detail, line_value FROM etl.rejected_row ORDER BY source_row_number").ToList();
        Assert.Equal((3L, "VALUE_OUT_OF_RANGE"), (rejected[0].Row, rejected[0].Reason));
        Assert.Contains("= 199999999000000000 is outside", rejected[0].Detail);
        Assert.Null(rejected[0].Value);
        Assert.Equal((4L, "BAD_DATE", (decimal?)null), (rejected[1].Row, rejected[1].Reason, rejected[1].Value));
        Assert.Equal(99_999_999_999_999.9m, db.ExecuteScalar<decimal>("SELECT line_revenue FROM dw.fact_sales WHERE invoice_no = '536368'"));

        // Numbers the columns cannot hold are out of range, not "not a number" — and -2^31, which has no size in an INT,
        // is quarantined instead of failing the whole file in the outlier rule.
        Assert.Equal(
            [
                (6L, "VALUE_OUT_OF_RANGE", "Quantity '-2147483648' is outside the warehouse's range (±2,147,483,647)"),
                (7L, "VALUE_OUT_OF_RANGE", "Quantity '3000000000' is outside the warehouse's range (±2,147,483,647)"),
                (8L, "VALUE_OUT_OF_RANGE", "UnitPrice '1e308' is outside the warehouse's range (±100,000,000,000,000)"),
                (9L, "VALUE_OUT_OF_RANGE", "UnitPrice '0.00001' is not zero but below the warehouse's precision (0.0001)"),
            ],
            rejected.Skip(2).Select(r => (r.Row, r.Reason, r.Detail)));
        Assert.Equal(214_748.3647m, db.ExecuteScalar<decimal>("SELECT line_revenue FROM dw.fact_sales WHERE invoice_no = '536373'"));
    }

    [Theory]
    [InlineData("latin1.csv")]
    [InlineData("utf16.csv")]
    public void Accented_text_survives_whatever_the_encoding(string name)
    {
        Load(Corpus(name));

        using var db = _warehouse.Open();
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE description_raw = 'CAF\u00c9 CR\u00c8ME HAND WARMER'"));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(-1)]
    public void A_truncated_workbook_exits_2_says_so_and_changes_nothing(double cut)
    {
        using var folder = new TempDirectory();
        var whole = ExcelFixtures.OnlineRetailII(folder.File("whole.xlsx"), rowsPerSheet: 2000);
        var bytes = File.ReadAllBytes(whole);
        var keep = cut > 0 ? (int)(bytes.Length * cut) : bytes.Length + (int)cut;
        var truncated = folder.File("truncated.xlsx");
        File.WriteAllBytes(truncated, bytes[..keep]);
        IReadOnlyDictionary<string, long> before;
        using (var db = _warehouse.Open())
        {
            before = WarehouseSnapshot.Take(db);
        }

        var result = Load(truncated);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("truncated.xlsx", result.Output);
        Assert.Contains("corrupt or truncated", result.Output.Replace("\n", " ", StringComparison.Ordinal));
        using var after = _warehouse.Open();
        Assert.Equal(before, WarehouseSnapshot.Take(after));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(-4)]
    [InlineData(-1)]
    public void A_cut_off_gzip_file_is_refused_as_a_whole_and_changes_nothing(double cut)
    {
        // Given the sample cut off part-way (a download that stopped), or short of its last trailer bytes
        using var folder = new TempDirectory();
        var bytes = File.ReadAllBytes(TestData.SamplePath);
        var keep = cut > 0 ? (int)(bytes.Length * cut) : bytes.Length + (int)cut;
        var truncated = folder.File("cut-off.csv.gz");
        File.WriteAllBytes(truncated, bytes[..keep]);
        IReadOnlyDictionary<string, long> before;
        using (var db = _warehouse.Open())
        {
            before = WarehouseSnapshot.Take(db);
        }

        // When it is loaded
        var result = Load(truncated);

        // Then it is refused as truncated, naming the file, and nothing is written: no batch, no facts, no rejected rows
        Assert.Equal(2, result.ExitCode);
        var output = result.Output.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("cut-off.csv.gz", output);
        Assert.Contains("truncated or corrupt", output);
        using var after = _warehouse.Open();
        Assert.Equal(before, WarehouseSnapshot.Take(after));
    }

    [Fact]
    public void A_gzip_file_damaged_in_the_middle_is_refused()
    {
        using var folder = new TempDirectory();
        var bytes = File.ReadAllBytes(TestData.SamplePath);
        for (var i = bytes.Length / 2; i < (bytes.Length / 2) + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var damaged = folder.File("damaged.csv.gz");
        File.WriteAllBytes(damaged, bytes);

        var result = Load(damaged);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("truncated or corrupt", result.Output.Replace("\n", " ", StringComparison.Ordinal));
        using var db = _warehouse.Open();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
    }

    [Fact]
    public void Gzip_files_joined_end_to_end_still_load_every_line()
    {
        // Given two gzip files joined with cat: a valid gzip of two members, the trailer at the end being the second's
        using var folder = new TempDirectory();
        var first = TestData.WriteCsv(folder.File("a.csv.gz"), [TestData.OnlineRetailHeader, "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom"], gzip: true);
        var second = TestData.WriteCsv(folder.File("b.csv.gz"), ["536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,17850,United Kingdom"], gzip: true);
        var joined = folder.File("joined.csv.gz");
        File.WriteAllBytes(joined, [.. File.ReadAllBytes(first), .. File.ReadAllBytes(second)]);

        var result = Load(joined);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT rows_loaded FROM etl.batch"));
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var result = Load("/no/such/orders.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("orders.csv", result.Output);
    }
}
