using Dapper;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// The row-level flags are computed once, by <see cref="LineClassifier"/>, and travel through staging as the bits of
/// <see cref="LineFlags"/>: each must land in its own fact column, whatever bit it is.
/// </summary>
public sealed class StagedFlagTests : IDisposable
{
    private static readonly (LineFlags Flag, string Column)[] FactColumns =
    [
        (LineFlags.Cancellation, "is_cancellation"),
        (LineFlags.BadDebtAdjustment, "is_bad_debt_adjustment"),
        (LineFlags.StockAdjustment, "is_stock_adjustment"),
        (LineFlags.NonProduct, "is_non_product"),
        (LineFlags.MissingCustomer, "is_missing_customer"),
        (LineFlags.MissingDescription, "is_missing_description"),
        (LineFlags.ZeroPrice, "is_zero_price"),
        (LineFlags.NegativePrice, "is_negative_price"),
        (LineFlags.Sale, "is_clean_sale"),
    ];

    private static readonly SourceLine[] Lines =
    [
        Line("536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, 2.55m, "17850"),
        Line("C536379", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", -2, 2.55m, "17850"),
        Line("A563186", "B", "Adjust bad debt", 1, -11062.06m, null),
        Line("536381", "21777", "damaged", -10, 0m, null),
        Line("536380", "POST", "POSTAGE", 1, 18m, "12583"),
        Line("536382", "22423", null, 2, 12.75m, "NULL"),
        Line("536383", "22423", "REGENCY CAKESTAND 3 TIER", 1, 0m, "13047"),
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private static SourceLine Line(string invoice, string stock, string? description, int quantity, decimal price, string? customer) =>
        new(null, 0, invoice, stock, description, quantity, new DateTime(2010, 12, 13, 8, 26, 0), price, customer, "United Kingdom");

    [Fact]
    public void Every_row_level_flag_the_classifier_sets_lands_in_its_fact_column()
    {
        // Given lines that between them raise every row-level flag
        var classifier = new LineClassifier(new CleaningOptions());
        var csv = Lines.Select(l => string.Join(',', l.InvoiceNo, l.StockCode, l.Description, l.Quantity, "12/13/2010 8:26",
            l.UnitPrice.ToString(System.Globalization.CultureInfo.InvariantCulture), l.CustomerId, l.Country));
        var path = TestData.WriteCsv(_warehouse.File("flags.csv"), [TestData.OnlineRetailHeader, .. csv]);

        // When they are loaded
        Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        // Then each fact carries exactly the flags the classifier gives its line
        using var db = _warehouse.Open();
        foreach (var line in Lines)
        {
            var expected = classifier.Classify(line).Flags;
            var fact = (IDictionary<string, object>)db.QuerySingle("SELECT * FROM dw.fact_sales WHERE invoice_no = $invoice", new { invoice = line.InvoiceNo });
            foreach (var (flag, column) in FactColumns)
            {
                Assert.True((bool)fact[column] == expected.HasFlag(flag), $"{line.InvoiceNo}: {column} should be {expected.HasFlag(flag)}");
            }
        }

        Assert.All(FactColumns, c => Assert.Contains(Lines, l => classifier.Classify(l).Flags.HasFlag(c.Flag)));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT rows_matched FROM etl.batch_rule_count WHERE rule_code = 'NULL_WORD'"));
    }
}
