using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class PriceCurrencyTests
{
    [Fact]
    public void The_first_currency_sign_is_the_files_and_a_price_in_another_is_not_read()
    {
        // Given a file's prices: plain, in pounds, plain again, then one in euros
        var currency = new PriceCurrency();
        var read = new List<LineFields>();
        foreach (var text in new[] { "2.55", "£1.85", "0.42", "€12.75", "£3.00" })
        {
            var fields = new LineFields();
            currency.Read(ref fields, text, DecimalMark.Point, "a number with a decimal point");
            read.Add(fields);
        }

        // Then the pounds and the plain prices are read, the euros are not (the warehouse holds one currency), with why
        Assert.Equal([2.55m, 1.85m, 0.42m, null, 3.00m], read.Select(f => f.UnitPrice));
        Assert.Equal("UnitPrice '€12.75' is in € where the file's prices are in £: the warehouse holds one currency", read[3].PriceError);
        Assert.Equal("£", currency.Name);
        Assert.Equal(", prices in £", currency.Described);
    }

    [Fact]
    public void A_currency_written_as_a_word_or_a_code_is_the_files_and_a_sign_and_its_code_are_one()
    {
        // Given a Swedish file's prices, then one written with an ISO code; and a file whose € changes to EUR, then to $
        var kronor = new PriceCurrency();
        var euros = new PriceCurrency();
        var read = new LineFields[5];
        kronor.Read(ref read[0], "2,55 kr", DecimalMark.Comma, "a number with a decimal comma");
        kronor.Read(ref read[1], "1,85 SEK", DecimalMark.Comma, "a number with a decimal comma");
        euros.Read(ref read[2], "2,55 €", DecimalMark.Comma, "a number with a decimal comma");
        euros.Read(ref read[3], "EUR 1,85", DecimalMark.Comma, "a number with a decimal comma");
        euros.Read(ref read[4], "$1,85", DecimalMark.Comma, "a number with a decimal comma");

        // Then kr, the sign of several currencies, is not SEK; EUR is €; $ is another currency
        Assert.Equal([2.55m, null, 2.55m, 1.85m, null], read.Select(f => f.UnitPrice));
        Assert.Equal(("kr", "€"), (kronor.Name, euros.Name));
        Assert.Equal(", prices in kr", kronor.Described);
        Assert.Equal("UnitPrice '1,85 SEK' is in SEK where the file's prices are in kr: the warehouse holds one currency", read[1].PriceError);
        Assert.Equal("UnitPrice '$1,85' is in $ where the file's prices are in €: the warehouse holds one currency", read[4].PriceError);
    }

    [Fact]
    public void A_file_of_plain_prices_says_nothing_of_a_currency()
    {
        var currency = new PriceCurrency();
        var fields = new LineFields();

        currency.Read(ref fields, "2,55", DecimalMark.Point, "a number with a decimal point");

        Assert.Null(fields.UnitPrice);
        Assert.Equal("UnitPrice '2,55' is not a number with a decimal point", fields.PriceError);
        Assert.Null(currency.Name);
        Assert.Equal(string.Empty, currency.Described);
    }

    [Fact]
    public void A_currency_the_first_rows_settle_stands_against_an_odd_first_price()
    {
        var currency = new PriceCurrency("£");
        var first = new LineFields();
        var second = new LineFields();

        currency.Read(ref first, "$2.55", DecimalMark.Point, "a number with a decimal point");
        currency.Read(ref second, "£1.85", DecimalMark.Point, "a number with a decimal point");

        Assert.Equal("UnitPrice '$2.55' is in $ where the file's prices are in £: the warehouse holds one currency", first.PriceError);
        Assert.Equal(1.85m, second.UnitPrice);
    }

    [Fact]
    public void A_csv_whose_first_price_is_in_another_currency_keeps_the_one_most_of_its_prices_are_in()
    {
        // Given a CSV whose first line is priced in dollars and the rest in pounds
        using var folder = new ShopSmart.Tests.Support.TempDirectory();
        var path = ShopSmart.Tests.Support.TestData.WriteCsv(folder.File("odd-first.csv"),
        [
            ShopSmart.Tests.Support.TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,$2.55,17850,United Kingdom",
            "536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,£1.85,17850,United Kingdom",
            "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/13/2010 8:34,£1.69,13047,United Kingdom",
        ]);
        var sink = new ShopSmart.Tests.Support.CollectingSink();

        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions(), default);

        // Then the pounds load and the dollar line is quarantined
        Assert.Equal([1.85m, 1.69m], sink.Lines.Select(l => l.UnitPrice));
        Assert.Equal(2L, Assert.Single(sink.Rejected).RowNumber);
        Assert.EndsWith(", prices in £", sink.Format);
    }

    [Fact]
    public void A_file_in_another_currency_than_the_warehouses_loaded_batches_is_refused_and_plain_prices_are_not()
    {
        // Given a warehouse holding a file priced in pounds
        using var folder = new ShopSmart.Tests.Support.TempDirectory();
        using var warehouse = new ShopSmart.Tests.Support.DuckDbWarehouse();
        string File(string name, string price, int day) => ShopSmart.Tests.Support.TestData.WriteCsv(folder.File(name),
        [
            ShopSmart.Tests.Support.TestData.OnlineRetailHeader,
            $"5363{day},85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/{day}/2010 8:26,{price},17850,United Kingdom",
            $"5364{day},22633,HAND WARMER UNION JACK,6,12/{day}/2010 8:28,{price},17850,United Kingdom",
        ]);
        string Load(params string[] args) => ShopSmart.Tests.Support.CliRunner.Etl(["load", .. args, "--date-order", "month-first", "--duckdb", warehouse.Engine.DatabasePath]).Output;
        Load(File("pounds.csv", "£2.55", 13));

        // When a file priced in dollars is loaded, then one of plain numbers
        var dollars = ShopSmart.Tests.Support.CliRunner.Etl("load", File("dollars.csv", "$2.55", 14), "--date-order", "month-first", "--duckdb", warehouse.Engine.DatabasePath);
        Load(File("plain.csv", "2.55", 15));

        // Then the dollars are refused, naming the batch in pounds, and nothing of them is written; the plain numbers load
        Assert.Equal(2, dollars.ExitCode);
        Assert.Contains("its prices are in $, where the warehouse's are in £ (batch 1, ", dollars.Output.Replace("\n", " ", StringComparison.Ordinal));
        using var db = warehouse.Open();
        Assert.Equal(
            [("pounds.csv", "£"), ("plain.csv", null)],
            Dapper.SqlMapper.Query<(string, string?)>(db, "SELECT regexp_extract(source_file, '[^/]+$'), price_currency FROM etl.batch WHERE status = 'loaded' ORDER BY batch_id"));
        Assert.Equal(4L, Dapper.SqlMapper.ExecuteScalar<long>(db, "SELECT count(*) FROM dw.fact_sales"));
    }
}
