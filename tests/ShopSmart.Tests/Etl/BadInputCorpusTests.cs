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
    [InlineData("garbage.csv", "not an Online Retail layout")]
    [InlineData("unclosed-quote.csv", "row 3: malformed CSV")]
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

    [Theory]
    [InlineData("latin1.csv")]
    [InlineData("utf16.csv")]
    public void Accented_text_survives_whatever_the_encoding(string name)
    {
        Load(Corpus(name));

        using var db = _warehouse.Open();
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE description_raw = 'CAF\u00c9 CR\u00c8ME HAND WARMER'"));
    }

    [Fact]
    public void A_truncated_workbook_exits_2_and_changes_nothing()
    {
        using var folder = new TempDirectory();
        var whole = ExcelFixtures.OnlineRetailII(folder.File("whole.xlsx"), rowsPerSheet: 2000);
        var bytes = File.ReadAllBytes(whole);
        var truncated = folder.File("truncated.xlsx");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var result = Load(truncated);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("truncated.xlsx", result.Output);
        using var db = _warehouse.Open();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var result = Load("/no/such/orders.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("orders.csv", result.Output);
    }
}
