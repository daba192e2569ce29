using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class LineClassifierTests
{
    private readonly LineClassifier _classifier = new(new CleaningOptions());

    private static SourceLine Line(string invoice = "536365", string stock = "85123A", int quantity = 6, decimal price = 2.55m, string? customer = "17850") =>
        new(null, 2, invoice, stock, "WHITE HANGING HEART T-LIGHT HOLDER", quantity, new DateTime(2010, 12, 1, 8, 26, 0), price, customer, "United Kingdom");

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
    public void Configured_codes_extend_the_defaults()
    {
        var options = new CleaningOptions();
        options.NonProductCodes["FREIGHT"] = ProductClasses.Carriage;

        Assert.Equal(ProductClasses.Carriage, new LineClassifier(options).ClassifyProduct("FREIGHT"));
    }
}
