using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// <c>shopsmart-etl unload</c>: after loading two files and unloading one, the warehouse holds what loading the
/// other alone gives — facts and flags, dimensions, rule counts, every mart view — and the removal is recorded.
/// </summary>
public sealed class UnloadTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly List<DuckDbWarehouse> _warehouses = [];

    public void Dispose()
    {
        _warehouses.ForEach(w => w.Dispose());
        _files.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unloading_one_of_two_files_leaves_what_the_other_gives_alone(bool unloadTheFirst)
    {
        // Given the sample split by invoice number into an earlier and a later file: they share customers and
        // products, and later cancellations reverse earlier purchases
        var earlier = WriteSample("earlier.csv.gz", invoice => invoice < 556_000);
        var later = WriteSample("later.csv.gz", invoice => invoice >= 556_000);
        var (gone, kept) = unloadTheFirst ? (earlier, later) : (later, earlier);

        // When both are loaded and one is unloaded by its batch id
        var both = Warehouse(earlier, later);
        var result = Etl(both, "unload", unloadTheFirst ? "1" : "2");

        // Then the warehouse is the one that loading the other file alone gives
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Unloaded", result.Output);
        AssertSameFigures(Warehouse(kept), both);
        using var db = both.Open();
        Assert.Equal([kept], db.Query<string>("SELECT source_file FROM etl.batch"));
        Assert.DoesNotContain(gone, db.Query<string>("SELECT DISTINCT source_file FROM etl.rejected_row"));
    }

    [Fact]
    public void Unloading_the_sample_frees_the_full_file_of_its_duplicate_flags()
    {
        // Given the quick start's sample (here: part of it), then a bigger file that holds it, loaded into one warehouse
        var sample = WriteSample("sample.csv.gz", invoice => invoice < 556_000);
        var full = WriteSample("full.csv.gz", _ => true);
        var both = Warehouse(sample, full);
        using (var db = both.Open())
        {
            Assert.True(db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = 2 AND is_already_loaded") > 0);
        }

        // When the sample is unloaded by its file
        var result = Etl(both, "unload", sample);

        // Then the full file counts as if it had been loaded alone
        Assert.Equal(0, result.ExitCode);
        AssertSameFigures(Warehouse(full), both);
    }

    [Fact]
    public void Quarantined_copies_of_the_removed_batch_are_named_for_a_reload()
    {
        var sample = WriteSample("sample.csv.gz", invoice => invoice < 556_000);
        var full = WriteSample("full.csv.gz", _ => true);
        var warehouse = new DuckDbWarehouse();
        _warehouses.Add(warehouse);
        Assert.Equal(0, Etl(warehouse, "load", sample, "--duplicates", "Quarantine").ExitCode);
        Assert.Equal(0, Etl(warehouse, "load", full, "--duplicates", "Quarantine").ExitCode);

        var result = Etl(warehouse, "unload", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning:", result.Output);
        Assert.Contains("batch 2", result.Output);
        Assert.Contains("--force", result.Output);
    }

    [Fact]
    public void An_unknown_batch_is_bad_input_changes_nothing_and_the_attempt_is_recorded()
    {
        var warehouse = Warehouse(WriteSample("all.csv.gz", _ => true));
        IReadOnlyDictionary<string, long> before;
        using (var db = warehouse.Open())
        {
            before = WarehouseSnapshot.Take(db);
        }

        var result = Etl(warehouse, "unload", "7");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("There is no batch 7", result.Output);
        using var after = warehouse.Open();
        Assert.Equal(before, WarehouseSnapshot.Take(after));
        Assert.Equal(
            ("shopsmart-etl", "unload", "unload 7 --duckdb " + warehouse.Engine.DatabasePath, 2),
            after.QuerySingle<(string, string, string, int)>(
                "SELECT app, command, arguments, exit_code FROM etl.job_run WHERE command = 'unload'"));
    }

    private DuckDbWarehouse Warehouse(params string[] files)
    {
        var warehouse = new DuckDbWarehouse();
        _warehouses.Add(warehouse);
        foreach (var file in files)
        {
            Assert.Equal(0, Etl(warehouse, "load", file).ExitCode);
        }

        return warehouse;
    }

    private static CliRunner.Result Etl(DuckDbWarehouse warehouse, params string[] args) =>
        CliRunner.Etl([.. args, "--duckdb", warehouse.Engine.DatabasePath]);

    /// <summary>The sample's lines whose invoice number passes the filter, as a gzipped CSV with the sample's header.</summary>
    private string WriteSample(string name, Func<int, bool> keep)
    {
        using var zip = new GZipStream(File.OpenRead(TestData.SamplePath), CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.Latin1);
        var lines = new List<string> { reader.ReadLine()! };
        while (reader.ReadLine() is { } line)
        {
            var invoice = line[..line.IndexOf(',', StringComparison.Ordinal)].TrimStart('C', 'A');
            if (keep(int.Parse(invoice, CultureInfo.InvariantCulture)))
            {
                lines.Add(line);
            }
        }

        return TestData.WriteCsv(_files.File(name), lines, Encoding.Latin1, gzip: true);
    }

    private static void AssertSameFigures(DuckDbWarehouse expected, DuckDbWarehouse actual)
    {
        using var e = expected.Open();
        using var a = actual.Open();
        foreach (var (what, sql) in Figures(e))
        {
            var (want, got) = (Rows(e, sql), Rows(a, sql));
            Assert.True(
                want.SequenceEqual(got),
                $"{what} differs from loading the file alone: missing {string.Join(" / ", want.Except(got).Take(3))}; extra {string.Join(" / ", got.Except(want).Take(3))}");
        }
    }

    /// <summary>
    /// Everything a user sees, by natural keys (surrogate keys and batch ids depend on load order): facts with
    /// their flags and cancellation links, the dimensions, rule counts, and every mart view. A cancellation's link
    /// is compared by the purchase's invoice: between purchase lines of one invoice the load breaks the tie by
    /// surrogate key, whose order differs from one load of a file to the next.
    /// </summary>
    private static IEnumerable<(string What, string Sql)> Figures(DbConnection db)
    {
        yield return ("facts", """
            SELECT f.source_row_number, f.invoice_no, c.customer_id, p.stock_code, co.country_name, f.quantity, f.unit_price,
                   f.is_duplicate, f.is_already_loaded, f.is_clean_sale, f.is_quantity_outlier, f.is_price_outlier, l.invoice_no, l.invoice_at
            FROM dw.fact_sales f
            JOIN dw.dim_customer c ON c.customer_key = f.customer_key
            JOIN dw.dim_product p ON p.product_key = f.product_key
            JOIN dw.dim_country co ON co.country_key = f.country_key
            LEFT JOIN dw.fact_sales l ON l.sales_line_key = f.cancelled_sales_line_key
            """);
        yield return ("customers", """
            SELECT c.customer_id, co.country_name, c.countries_count, c.first_invoice_at, c.last_invoice_at
            FROM dw.dim_customer c JOIN dw.dim_country co ON co.country_key = c.country_key
            """);
        yield return ("products", "SELECT stock_code, description, description_variants, product_class FROM dw.dim_product");
        yield return ("descriptions", """
            SELECT p.stock_code, d.description, d.line_count, d.last_seen_at, d.is_canonical
            FROM dw.dim_product_description d JOIN dw.dim_product p ON p.product_key = d.product_key
            """);
        yield return ("countries", "SELECT country_name FROM dw.dim_country");
        yield return ("rule counts", "SELECT rule_code, rows_matched FROM etl.batch_rule_count");
        yield return ("rejected rows", "SELECT source_file, source_row_number, reason_code, reason_detail FROM etl.rejected_row");
        yield return ("batch figures", "SELECT source_file, rows_read, rows_loaded, rows_rejected, source_value, loaded_value, rejected_value, is_reconciled FROM etl.batch");
        foreach (var view in db.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'mart' AND table_type = 'VIEW'"))
        {
            var columns = db.Query<string>(
                    $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'mart' AND table_name = '{view}' ORDER BY ordinal_position")
                .Where(c => c != "batch_id" && !c.EndsWith("_key", StringComparison.Ordinal));
            yield return ($"mart.{view}", $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM mart.{view}");
        }
    }

    /// <summary>Rows as sorted text; doubles to 9 significant digits, since summation order may differ.</summary>
    private static List<string> Rows(DbConnection db, string sql)
    {
        using var reader = db.ExecuteReader(sql);
        var rows = new List<string>();
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows.Add(string.Join('|', values.Select(v => v switch
            {
                double d => d.ToString("G9", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString(),
            })));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
