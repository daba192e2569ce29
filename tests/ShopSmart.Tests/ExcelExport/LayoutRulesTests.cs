using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Sheets;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>The small rules the sheets rely on: cell references, widths, top N and "Other", segment order.</summary>
public sealed class LayoutRulesTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    public void Column_numbers_become_letters(int column, string letters) => Assert.Equal(letters, SheetRange.ColumnLetters(column));

    [Fact]
    public void A_chart_reference_quotes_the_sheet_and_doubles_its_apostrophes()
    {
        Assert.Equal("'Sales trend'!$B$5:$B$17", new SheetRange("Sales trend", 2, 5, 17).ToFormula());
        Assert.Equal("'Can''t Lose'!$AA$1:$AA$1", SheetRange.Cell("Can't Lose", 1, 27).ToFormula());
    }

    [Fact]
    public void Display_length_counts_the_formatted_value()
    {
        Assert.Equal("£1,234,568".Length, CellFormats.DisplayLength(1234567.89, CellFormat.Money));
        Assert.Equal("12.5%".Length, CellFormats.DisplayLength(0.125, CellFormat.Percent));
        Assert.Equal("12,345".Length, CellFormats.DisplayLength(12345L, CellFormat.Integer));
        Assert.Equal(0, CellFormats.DisplayLength(null, CellFormat.Money));
        Assert.Equal(5, CellFormats.DisplayLength("hello", CellFormat.Text));
    }

    [Fact]
    public void Countries_below_the_top_are_summed_into_Other()
    {
        CountrySales Country(string name, double gross, double cancelled, long orders, long customers, double share) =>
            new(name, gross, cancelled, gross + cancelled, orders, customers, share, gross / orders, -cancelled / gross, 0.8 * gross);
        var countries = new[]
        {
            Country("B", 50, -5, 5, 2, 0.25), Country("A", 100, 0, 10, 4, 0.5), Country("C", 30, -3, 3, 1, 0.15), Country("D", 20, 0, 1, 1, 0.1),
        };

        var rows = CountriesSheet.TopAndOther(countries, 2);

        Assert.Equal(["A", "B", "Other (2 countries)"], rows.Select(r => r.Country));
        Assert.Equal(0.8 * (30 + 20), rows[2].CustomerRevenue, 9);
        var other = rows[2];
        Assert.Equal((50.0, -3.0, 47.0, 4L, 2L), (other.GrossRevenue, other.CancellationValue, other.NetRevenue, other.Orders, other.Customers));
        Assert.Equal(0.25, other.ShareOfRevenue!.Value, 12);
        Assert.Equal(12.5, other.AvgOrderValue);
        Assert.Equal(0.06, other.ReturnRate!.Value, 12);
    }

    [Fact]
    public void One_country_past_the_top_is_shown_by_name_not_as_Other()
    {
        var countries = Enumerable.Range(1, 3).Select(i => new CountrySales($"C{i}", 10 * i, 0, 10 * i, 1, 1, null, null, null, 10 * i)).ToList();

        Assert.Equal(["C3", "C2", "C1"], CountriesSheet.TopAndOther(countries, 2).Select(c => c.Country));
    }

    [Fact]
    public void Segments_follow_the_score_map_order_with_shares_of_the_total()
    {
        var segments = new[]
        {
            new RfmSegment("Lost", 6, 60, 300, 1, 10, 10), new RfmSegment("Champions", 2, 140, 5, 10, 70, 7), new RfmSegment("At Risk", 2, 0, 100, 3, 0, 0),
        };

        var shares = SegmentShare.From(segments);

        Assert.Equal(["Champions", "At Risk", "Lost"], shares.Select(s => s.Segment));
        Assert.Equal([0.2, 0.2, 0.6], shares.Select(s => s.CustomerShare));
        Assert.Equal([0.7, 0.0, 0.3], shares.Select(s => s.RevenueShare!.Value));
    }

    [Fact]
    public void ABC_totals_count_products_and_revenue_per_class()
    {
        ProductSales Product(string code, double revenue, string abc) => new(code, code, revenue, 0, revenue, 1, 1, 1, null, 1, null, null, abc);

        var totals = AbcClassTotal.From([Product("p1", 80, "A"), Product("p2", 15, "B"), Product("p3", 3, "C"), Product("p4", 2, "C")]);

        Assert.Equal(["A", "B", "C"], totals.Select(t => t.AbcClass));
        Assert.Equal([1L, 1L, 2L], totals.Select(t => t.Products));
        Assert.Equal([0.8, 0.15, 0.05], totals.Select(t => Math.Round(t.ShareOfRevenue!.Value, 12)));
    }
}
