using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>What pandas, SQL tools and Excel write for a missing value never becomes a customer, description or country.</summary>
public sealed class NullWordLoadTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Null_words_load_as_missing_values_and_are_counted_under_their_own_rule()
    {
        // Given a file whose missing customers are written NULL, nan, NaN, None, N/A and #N/A, with a description
        // written NULL and a country written nan, next to one ordinary line
        var path = TestData.WriteCsv(_warehouse.File("null-words.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
            "536366,71053,WHITE METAL LANTERN,6,12/13/2010 8:28,3.39,NULL,United Kingdom",
            "536367,22633,HAND WARMER UNION JACK,6,12/13/2010 8:30,1.85,nan,United Kingdom",
            "536368,22632,HAND WARMER RED POLKA DOT,6,12/13/2010 8:32,1.85,NaN,United Kingdom",
            "536369,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/13/2010 8:34,1.69,None,United Kingdom",
            "536370,22745,POPPY'S PLAYHOUSE BEDROOM,6,12/13/2010 8:36,2.10,N/A,United Kingdom",
            "536371,22748,POPPY'S PLAYHOUSE KITCHEN,6,12/13/2010 8:38,2.10,#N/A,United Kingdom",
            "536372,22749,NULL,6,12/13/2010 8:40,3.75,17850,nan",
        ]);

        // When it is loaded
        var result = CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath);

        // Then the only customer is 17850, no country is named nan, and the description is missing
        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(["17850"], db.Query<string>("SELECT customer_id FROM dw.dim_customer WHERE NOT is_unknown"));
        Assert.Equal(["United Kingdom"], db.Query<string>("SELECT country_name FROM dw.dim_country WHERE country_key <> 0"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE description_raw IS NULL AND is_missing_description"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE country_key = 0"));

        // And the rules count 6 missing customers, 1 missing description, and 7 lines holding a null word
        var rules = db.Query<(string Rule, long Rows)>("SELECT rule_code, rows_matched FROM etl.batch_rule_count").ToDictionary(r => r.Rule, r => r.Rows);
        Assert.Equal(6, rules["MISSING_CUSTOMER"]);
        Assert.Equal(1, rules["MISSING_DESCRIPTION"]);
        Assert.Equal(7, rules["NULL_WORD"]);
        Assert.Contains("NULL_WORD", result.Output);
    }

    [Fact]
    public void An_invoice_number_or_stock_code_written_as_a_null_word_is_missing_and_quarantined()
    {
        // R writes NA, pandas nan, SQL tools NULL: none is an invoice or a product
        var path = TestData.WriteCsv(_warehouse.File("null-keys.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
            "NULL,21754,HOME BUILDING BLOCK WORD,3,12/13/2010 9:02,5.95,14180,United Kingdom",
            "536366,nan,WHITE METAL LANTERN,6,12/13/2010 8:28,3.39,17850,United Kingdom",
            "536367,22633,HAND WARMER UNION JACK,6,12/13/2010 8:30,1.85,NA,United Kingdom",
        ]);

        var result = CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(
            [(3L, "MISSING_INVOICE", "InvoiceNo is 'NULL', a word for a missing value"), (4L, "MISSING_STOCK_CODE", "StockCode is 'nan', a word for a missing value")],
            db.Query<(long, string, string)>("SELECT source_row_number, reason_code, reason_detail FROM etl.rejected_row ORDER BY 1"));
        Assert.Empty(db.Query<string>("SELECT stock_code FROM dw.dim_product WHERE upper(stock_code) = 'NAN'"));
        Assert.Equal(["17850"], db.Query<string>("SELECT customer_id FROM dw.dim_customer WHERE NOT is_unknown"));
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
    }
}
