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
