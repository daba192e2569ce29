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
        Assert.Equal('£', currency.Sign);
        Assert.Equal(", prices in £", currency.Described);
    }

    [Fact]
    public void A_file_of_plain_prices_says_nothing_of_a_currency()
    {
        var currency = new PriceCurrency();
        var fields = new LineFields();

        currency.Read(ref fields, "2,55", DecimalMark.Point, "a number with a decimal point");

        Assert.Null(fields.UnitPrice);
        Assert.Equal("UnitPrice '2,55' is not a number with a decimal point", fields.PriceError);
        Assert.Null(currency.Sign);
        Assert.Equal(string.Empty, currency.Described);
    }
}
