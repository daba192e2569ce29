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
    public void A_row_lines_up_when_it_lacks_only_unnamed_trailing_columns_or_adds_only_blank_ones()
    {
        // A header ending in a delimiter: nine columns, the ninth unnamed
        var layout = SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country", ""], "file.csv");
        bool Blank(int i) => i != 10; // field 10 holds a value, the others are blank

        Assert.Equal((9, 8), (layout.HeaderWidth, layout.NamedWidth));
        Assert.True(layout.FitsRow(8, Blank));   // the rows do not end in a delimiter
        Assert.True(layout.FitsRow(9, Blank));
        Assert.True(layout.FitsRow(10, Blank));  // a blank tenth field
        Assert.False(layout.FitsRow(11, Blank)); // an eleventh field with a value: columns may have moved
        Assert.False(layout.FitsRow(7, Blank));  // Country missing
    }
}
