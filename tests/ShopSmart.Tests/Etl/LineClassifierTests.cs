using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class LineClassifierTests
{
    private readonly LineClassifier _classifier = new(new CleaningOptions());

    private static SourceLine Line(
        string invoice = "536365", string stock = "85123A", int quantity = 6, decimal price = 2.55m, string? customer = "17850",
        string? description = "WHITE HANGING HEART T-LIGHT HOLDER") =>
        new(null, 2, invoice, stock, description, quantity, new DateTime(2010, 12, 1, 8, 26, 0), price, customer, "United Kingdom");

    [Fact]
    public void An_ordinary_sale_is_a_product_with_no_flags()
    {
        var staged = _classifier.Classify(Line());

        Assert.Equal(ProductClasses.Product, staged.ProductClass);
        Assert.False(staged.IsCancellation || staged.IsBadDebtAdjustment || staged.IsStockAdjustment);
    }

    [Fact]
    public void Cancelled_line_is_flagged_not_dropped()
    {
        var staged = _classifier.Classify(Line(invoice: "C536379", quantity: -1));

        Assert.True(staged.IsCancellation);
        Assert.Equal(-1, staged.Source.Quantity);
    }

    [Fact]
    public void A_invoices_are_bad_debt_adjustments()
    {
        var staged = _classifier.Classify(Line(invoice: "A563186", stock: "B", quantity: 1, price: -11062.06m, customer: null));

        Assert.True(staged.IsBadDebtAdjustment);
        Assert.Equal(ProductClasses.BadDebt, staged.ProductClass);
    }

    [Fact]
    public void A_priceless_line_without_customer_is_a_stock_adjustment()
    {
        Assert.True(_classifier.Classify(Line(quantity: -12, price: 0m, customer: null)).IsStockAdjustment);
        Assert.False(_classifier.Classify(Line(quantity: 12, price: 0m, customer: "17850")).IsStockAdjustment);
        Assert.False(_classifier.Classify(Line(invoice: "C1", quantity: -12, price: 0m, customer: null)).IsStockAdjustment);
    }

    [Theory]
    [InlineData("POST", ProductClasses.Postage)]
    [InlineData("DOT", ProductClasses.Postage)]
    [InlineData("C2", ProductClasses.Carriage)]
    [InlineData("m", ProductClasses.Manual)]
    [InlineData("BANK CHARGES", ProductClasses.BankCharges)]
    [InlineData("AMAZONFEE", ProductClasses.MarketplaceFee)]
    [InlineData("CRUK", ProductClasses.Charity)]
    [InlineData("D", ProductClasses.Discount)]
    [InlineData("S", ProductClasses.Samples)]
    [InlineData("gift_0001_20", ProductClasses.GiftVoucher)]
    [InlineData("DCGSSBOY", ProductClasses.Product)]
    [InlineData("85123a", ProductClasses.Product)]
    public void Non_product_codes_are_classified_not_deleted(string stockCode, string expected) =>
        Assert.Equal(expected, _classifier.Classify(Line(stock: stockCode)).ProductClass);

    [Fact]
    public void Stock_codes_differing_only_by_case_or_spaces_become_one_code()
    {
        Assert.Equal("85123A", _classifier.Classify(Line(stock: " 85123a ")).StockCode);
        Assert.Equal(" 85123a ", _classifier.Classify(Line(stock: " 85123a ")).Source.StockCode);
    }

    [Fact]
    public void An_ordinary_sale_is_a_row_level_sale_and_nothing_else()
    {
        var staged = _classifier.Classify(Line());

        Assert.Equal(LineFlags.Sale, staged.Flags);
    }

    [Theory]
    [InlineData("C536379", "85123A", -1, 2.55, "17850", LineFlags.Cancellation)]
    [InlineData("536365", "POST", 1, 18.0, "17850", LineFlags.NonProduct)]
    [InlineData("536365", "85123A", 0, 2.55, "17850", LineFlags.None)]
    [InlineData("536365", "85123A", 6, 0.0, "17850", LineFlags.ZeroPrice)]
    [InlineData("A563185", "B", 1, -11062.06, null, LineFlags.BadDebtAdjustment | LineFlags.NonProduct | LineFlags.NegativePrice | LineFlags.MissingCustomer)]
    [InlineData("536381", "21777", -10, 0.0, null, LineFlags.StockAdjustment | LineFlags.ZeroPrice | LineFlags.MissingCustomer)]
    [InlineData("536382", "85123a", 3, 2.95, null, LineFlags.Sale | LineFlags.MissingCustomer | LineFlags.StockCodeNormalised)]
    public void Every_row_level_flag_is_set_by_the_classifier(string invoice, string stock, int quantity, double price, string? customer, LineFlags expected)
    {
        var staged = _classifier.Classify(Line(invoice, stock, quantity, (decimal)price, customer));

        Assert.Equal(expected, staged.Flags);
    }

    [Fact]
    public void Missing_and_untrimmed_descriptions_are_flagged()
    {
        Assert.True(_classifier.Classify(Line(description: null)).Has(LineFlags.MissingDescription));
        Assert.True(_classifier.Classify(Line(description: "CAFE CREAM HEART ")).Has(LineFlags.DescriptionUntrimmed));
        Assert.False(_classifier.Classify(Line()).Has(LineFlags.DescriptionUntrimmed | LineFlags.MissingDescription));
    }

    [Fact]
    public void The_line_hash_is_taken_over_the_values_as_written()
    {
        var staged = _classifier.Classify(Line(stock: "85123a"));

        Assert.Equal(
            LineHash.Of("536365", "85123a", "WHITE HANGING HEART T-LIGHT HOLDER", 6, new DateTime(2010, 12, 1, 8, 26, 0), 2.55m, "17850", "United Kingdom"),
            staged.LineHash);
        Assert.NotEqual(_classifier.Classify(Line(stock: "85123A")).LineHash, staged.LineHash);
    }

    [Theory]
    [InlineData("NULL")]
    [InlineData("null")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("None")]
    [InlineData("N/A")]
    [InlineData("#N/A")]
    [InlineData(" NULL ")]
    [InlineData(@"\N")]
    public void A_null_word_customer_is_a_missing_customer_counted_under_its_own_rule(string word)
    {
        var staged = _classifier.Classify(Line(customer: word));

        Assert.Null(staged.Source.CustomerId);
        Assert.True(staged.Has(LineFlags.MissingCustomer | LineFlags.NullWord));
        Assert.Equal(_classifier.Classify(Line(customer: null)).LineHash, staged.LineHash);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("00000", true)]
    [InlineData(" 0 ", true)]
    [InlineData("-1", true)]
    [InlineData("10", false)]
    [InlineData("0017850", false)]
    [InlineData("-17850", false)]
    public void A_placeholder_customer_is_a_missing_customer_counted_with_the_null_words(string id, bool placeholder)
    {
        // What point-of-sale exports write for a guest: loaded as a customer, it would be the shop's biggest
        var staged = _classifier.Classify(Line(customer: id));

        Assert.Equal(placeholder ? null : id, staged.Source.CustomerId);
        Assert.Equal(placeholder, staged.Has(LineFlags.MissingCustomer | LineFlags.NullWord));
    }

    [Fact]
    public void Configured_placeholder_customers_are_read_as_missing_and_zeros_always_are()
    {
        var classifier = new LineClassifier(new CleaningOptions { PlaceholderCustomerIds = ["999999", "GUEST"] });

        Assert.True(classifier.IsPlaceholderCustomer("999999"));
        Assert.True(classifier.IsPlaceholderCustomer("guest"));
        Assert.True(classifier.IsPlaceholderCustomer("000"));
        Assert.False(classifier.IsPlaceholderCustomer("-1"));
        Assert.False(classifier.IsPlaceholderCustomer(null));
    }

    [Fact]
    public void Null_words_in_description_and_country_are_missing_values_too()
    {
        var line = Line(description: "N/A") with { Country = "nan" };

        var staged = _classifier.Classify(line);

        Assert.Null(staged.Source.Description);
        Assert.Null(staged.Source.Country);
        Assert.True(staged.Has(LineFlags.MissingDescription | LineFlags.NullWord));
        Assert.Equal("17850", staged.Source.CustomerId);
    }

    [Theory]
    [InlineData("NULLIFY")]
    [InlineData("NANCY")]
    [InlineData("N/A BOX")]
    [InlineData("17850")]
    public void Values_that_only_contain_a_null_word_are_kept(string value)
    {
        var staged = _classifier.Classify(Line(customer: value, description: value));

        Assert.Equal(value, staged.Source.CustomerId);
        Assert.False(staged.Has(LineFlags.NullWord));
    }

    [Fact]
    public void Configured_null_words_extend_the_defaults()
    {
        var options = new CleaningOptions { MissingValueWords = [.. new CleaningOptions().MissingValueWords, "-", "unknown"] };
        var classifier = new LineClassifier(options);

        Assert.True(classifier.IsNullWord("UNKNOWN"));
        Assert.True(classifier.IsNullWord("-"));
        Assert.True(classifier.IsNullWord("NULL"));
        Assert.False(classifier.IsNullWord("17850"));
    }

    [Fact]
    public void Configured_codes_extend_the_defaults()
    {
        var options = new CleaningOptions();
        options.NonProductCodes["FREIGHT"] = ProductClasses.Carriage;

        Assert.Equal(ProductClasses.Carriage, new LineClassifier(options).ClassifyProduct("FREIGHT"));
    }
}
