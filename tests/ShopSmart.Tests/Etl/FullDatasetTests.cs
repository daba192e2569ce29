using Dapper;
using ShopSmart.Etl.Reporting;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// The real UCI files as users hold them (../shared/datasets, present in CI): both forms load, agree with each
/// other, and agree with a count made independently by DuckDB's own CSV reader over the raw file.
/// </summary>
public sealed class FullDatasetTests(FullDatasetFixture data) : IClassFixture<FullDatasetFixture>
{
    [SkippableFact]
    public void The_csv_loads_and_matches_an_independent_count_over_the_raw_file()
    {
        TestData.RequireShared(TestData.FullCsv);
        var (warehouse, result) = data.Csv;
        Assert.Equal(0, result.ExitCode);

        // Independent figures: plain SQL over the raw gzip file, read by DuckDB's CSV reader, not ours.
        using var raw = new DuckDbWarehouse(migrate: false);
        using var rawDb = raw.Open();
        var source = $"read_csv('{TestData.FullCsv.Replace("'", "''", StringComparison.Ordinal)}', encoding = 'latin-1', all_varchar = true, header = true)";
        var expected = rawDb.QuerySingle<(long Rows, long Cancellations, long MissingCustomers, long Customers, long Invoices)>(
            $"SELECT count(*), count(*) FILTER (WHERE InvoiceNo LIKE 'C%'), count(*) FILTER (WHERE CustomerID IS NULL), count(DISTINCT CustomerID), count(DISTINCT InvoiceNo) FROM {source}");
        var expectedDuplicates = rawDb.ExecuteScalar<long>($"SELECT (SELECT count(*) FROM {source}) - (SELECT count(*) FROM (SELECT DISTINCT * FROM {source}))");

        var summary = Summary(warehouse);
        var rules = summary.Rules.ToDictionary(r => r.RuleCode, r => r.RowsMatched);
        using var db = warehouse.Open();
        Assert.Equal(expected.Rows, db.ExecuteScalar<long>("SELECT rows_read FROM etl.batch"));
        Assert.Equal(expected.Rows, summary.Profile.Lines);
        Assert.Equal(expected.Cancellations, rules["CANCELLATION"]);
        Assert.Equal(expected.MissingCustomers, rules["MISSING_CUSTOMER"]);
        Assert.Equal(expectedDuplicates, rules["DUPLICATE"]);
        Assert.Equal(expected.Customers, summary.Profile.Customers);
        Assert.Equal(expected.Invoices, summary.Profile.Invoices);
        Assert.True(db.ExecuteScalar<bool>("SELECT is_reconciled FROM etl.batch"));
    }

    [SkippableFact]
    public void The_csv_saved_as_a_French_excel_export_with_its_own_column_names_loads_to_the_same_facts()
    {
        TestData.RequireShared(TestData.FullCsv);
        Assert.Equal(0, data.Csv.Result.ExitCode);

        // Given the full file as a French Excel saves it from a sheet with money and thousands formats ("CSV UTF-8"): ';',
        // day-first dates, 11 062,06 €, 80 995, CRLF, and its own column names — written from DuckDB's reading of the raw
        // file, not ours
        using var folder = new TempDirectory();
        var path = folder.File("ventes-fr.csv");
        // French Windows groups thousands with a narrow no-break space (built here: the tests run without ICU cultures)
        var french = new System.Globalization.NumberFormatInfo { NumberGroupSeparator = "\u202F", NumberDecimalSeparator = "," };
        using (var raw = new DuckDbWarehouse(migrate: false))
        using (var rawDb = raw.Open())
        using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(true)) { NewLine = "\r\n" })
        {
            writer.WriteLine("N° facture;Code article;Description;Qté;Date facture;Prix unitaire;N° client;Pays");
            var source = $"read_csv('{TestData.FullCsv.Replace("'", "''", StringComparison.Ordinal)}', encoding = 'latin-1', all_varchar = true, header = true)";
            using var rows = rawDb.ExecuteReader($"SELECT * FROM {source}");
            while (rows.Read())
            {
                string Field(int i) => rows.IsDBNull(i) ? string.Empty : rows.GetString(i);
                var at = DateTime.ParseExact(Field(4), "M/d/yyyy H:mm", System.Globalization.CultureInfo.InvariantCulture);
                var price = decimal.Parse(Field(5), System.Globalization.CultureInfo.InvariantCulture);
                var description = Field(2).Contains(';', StringComparison.Ordinal) || Field(2).Contains('"', StringComparison.Ordinal)
                    ? $"\"{Field(2).Replace("\"", "\"\"", StringComparison.Ordinal)}\""
                    : Field(2);
                writer.WriteLine(string.Join(';',
                    Field(0), Field(1), description, int.Parse(Field(3), System.Globalization.CultureInfo.InvariantCulture).ToString("#,##0", french),
                    at.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), price.ToString("#,##0.00##", french) + "\u00A0€",
                    Field(6), Field(7)));
            }
        }

        var written = File.ReadAllText(path);
        Assert.Contains(";80\u202F995;", written);
        Assert.Contains(";11\u202F062,06\u00A0€;", written);

        // When it is loaded with its columns named
        using var warehouse = new DuckDbWarehouse();
        var result = CliRunner.Etl(
            "load", path, "--duckdb", warehouse.Engine.DatabasePath, "--column", "InvoiceNo=N° facture", "--column", "StockCode=Code article",
            "--column", "Quantity=Qté", "--column", "InvoiceDate=Date facture", "--column", "UnitPrice=Prix unitaire",
            "--column", "CustomerID=N° client", "--column", "Country=Pays");

        // Then it is read for what it is, and the facts and every rule's count are those of the UCI form
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read as ';'-delimited, decimal comma, day-first dates, prices in €", result.Output.Replace("\n", " ", StringComparison.Ordinal));
        const string Facts = "SELECT count(*), sum(quantity), sum(unit_price), sum(hash(line_hash)), sum(hash(invoice_at)), sum(hash(description_raw)) FROM dw.fact_sales";
        using var uci = data.Csv.Warehouse.Open();
        using var fromFrench = warehouse.Open();
        Assert.Equal(
            uci.QuerySingle<(long, long, decimal, decimal, decimal, decimal)>(Facts),
            fromFrench.QuerySingle<(long, long, decimal, decimal, decimal, decimal)>(Facts));
        Assert.Equal(Summary(data.Csv.Warehouse).Rules, Summary(warehouse).Rules);
    }

    [SkippableFact]
    public void The_workbook_and_the_csv_give_the_same_data_quality_summary()
    {
        TestData.RequireShared(TestData.FullCsv);
        TestData.RequireShared(TestData.FullXlsx);
        Assert.Equal(0, data.Xlsx.Result.ExitCode);

        var fromCsv = Summary(data.Csv.Warehouse);
        var fromXlsx = Summary(data.Xlsx.Warehouse);

        Assert.Equal(fromCsv.Profile, fromXlsx.Profile);
        Assert.Equal(fromCsv.Rules, fromXlsx.Rules);
        using var csv = data.Csv.Warehouse.Open();
        using var xlsx = data.Xlsx.Warehouse.Open();
        Assert.Equal(
            csv.ExecuteScalar<decimal>("SELECT loaded_value FROM etl.batch"),
            xlsx.ExecuteScalar<decimal>("SELECT loaded_value FROM etl.batch"));
    }

    [SkippableFact]
    public void The_famous_80995_unit_line_and_its_cancellation_are_flagged_as_outliers_and_linked()
    {
        TestData.RequireShared(TestData.FullCsv);
        using var db = data.Csv.Warehouse.Open();

        var lines = db.Query<(int Quantity, bool Outlier, bool Linked)>(
            "SELECT quantity, is_quantity_outlier, cancelled_sales_line_key IS NOT NULL FROM dw.fact_sales WHERE abs(quantity) = 80995 ORDER BY quantity").ToList();

        Assert.Equal([(-80995, true, true), (80995, true, false)], lines);
    }

    private static DataQualitySummary Summary(DuckDbWarehouse warehouse)
    {
        using var db = warehouse.Open();
        var batchId = db.ExecuteScalar<int>("SELECT batch_id FROM etl.batch");
        return new DataQualityReport(warehouse.Engine).Read(batchId);
    }
}
