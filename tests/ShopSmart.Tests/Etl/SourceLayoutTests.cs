using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class SourceLayoutTests
{
    [Fact]
    public void Online_Retail_header_is_recognised()
    {
        var layout = SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"], "f.csv");

        Assert.Equal(SourceLayout.OnlineRetail, layout.Name);
        Assert.Equal(5, layout[SourceColumn.UnitPrice]);
    }

    [Theory]
    [InlineData("InvoiceNo|StockCode|Description|Quantity|InvoiceDate|UnitPrice|CustomerID|Country", true)]
    [InlineData("invoice no|stock code|description| QUANTITY |invoice_date|unit price|customer id|country", true)]
    [InlineData("Invoice|StockCode|Description|Quantity|InvoiceDate|Price|Customer ID|Country", true)]
    [InlineData("536365|85123A|HEART|Quantity|12/1/2010 8:26|2.55|17850|United Kingdom", false)]
    [InlineData("InvoiceNo|StockCode|Description|Quantity|12/1/2010 8:26|UnitPrice|CustomerID|Country", false)]
    public void A_row_naming_the_invoice_quantity_date_and_price_columns_is_the_header_again(string row, bool expected)
    {
        var layout = SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"], "f.csv");
        var fields = row.Split('|');

        Assert.Equal(expected, layout.IsHeaderAgain(i => fields[i]));
    }

    [Fact]
    public void Online_Retail_II_header_is_recognised()
    {
        var layout = SourceLayout.Detect(
            ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"], "f.csv");

        Assert.Equal(SourceLayout.OnlineRetailII, layout.Name);
        Assert.Equal(6, layout[SourceColumn.CustomerId]);
    }

    [Fact]
    public void Columns_may_come_in_any_order_with_extras_and_a_byte_order_mark()
    {
        var layout = SourceLayout.Detect(
            ["\uFEFFCountry", "customerid", "Note", "unitprice", "invoicedate", "quantity", "description", "stockcode", "invoiceno"], "f.csv");

        Assert.Equal(0, layout[SourceColumn.Country]);
        Assert.Equal(8, layout[SourceColumn.InvoiceNo]);
        Assert.Equal(["Note"], layout.ExtraColumns);
    }

    [Fact]
    public void Missing_columns_are_named_with_the_file()
    {
        var error = Assert.Throws<SourceFileException>(() => SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "CustomerID"], "orders.csv"));

        Assert.Contains("orders.csv", error.Message);
        Assert.Contains("UnitPrice", error.Message);
        Assert.Contains("Country", error.Message);
        Assert.DoesNotContain("StockCode,", error.Message.Split("missing column(s)")[1].Split('(')[0]);
    }

    [Fact]
    public void A_row_lines_up_when_only_a_trailing_delimiter_differs_from_the_header()
    {
        string[] named = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];

        // A header ending in a delimiter (a ninth, unnamed column) and rows that do not
        var trailingHeader = SourceLayout.Detect([.. named, ""], "file.csv");
        Assert.Equal((9, 8), (trailingHeader.HeaderWidth, trailingHeader.NamedWidth));
        Assert.True(trailingHeader.FitsRow(8, _ => false));  // "...,United Kingdom"
        Assert.True(trailingHeader.FitsRow(8, i => i == 7));  // "...,17850," a blank Country, in a file whose rows never end in ','
        // but where rows do end in ',' (full-width rows seen), "...,2.55,United Kingdom," is a row short of CustomerID
        Assert.False(trailingHeader.FitsRow(8, i => i == 7, fullWidthRowsSeen: true));
        Assert.True(trailingHeader.FitsRow(8, _ => false, fullWidthRowsSeen: true));
        Assert.False(trailingHeader.FitsRow(10, _ => true));  // a field too many
        Assert.False(trailingHeader.FitsRow(7, _ => false));

        // A plain header and rows ending in a delimiter
        var plainHeader = SourceLayout.Detect(named, "file.csv");
        Assert.True(plainHeader.FitsRow(9, i => i == 8));
        Assert.False(plainHeader.FitsRow(9, i => i != 8));   // the ninth field holds a value: columns may have moved
        Assert.False(plainHeader.FitsRow(7, _ => false));    // Country missing
    }
}
