using ShopSmart.Reporting.Renderers;

namespace ShopSmart.Tests.Reporting;

public sealed class TableColumnWidthsTests
{
    [Fact]
    public void Every_column_gets_its_longest_word_and_the_widths_fill_the_text_width()
    {
        // 10 units a character, 0 padding, 400 units: the words need 100 ("potentiels"), 90 ("Commandes") and 80
        // ("P(achat)"); the first column wants 180 for "Fidèles potentiels" on one line, and gets it
        string[] headers = ["Groupe", "Commandes", "P(achat)"];
        IReadOnlyList<string>[] rows = [["Champions", "7,2", "90 %"], ["Fidèles potentiels", "2,1", "51 %"]];

        var widths = TableColumnWidths.Of(headers, rows, 400, 10, 0);

        Assert.Equal(400, widths.Sum());
        Assert.True(widths[0] >= 180 && widths[1] >= 90 && widths[2] >= 80, string.Join(", ", widths));
    }

    [Fact]
    public void Room_beyond_the_words_goes_first_to_the_cells_that_want_one_line()
    {
        // The words need 40 ("aaaa") and 100 ("bbbbbbbbbb"); the first column's cell wants 180 on one line; 300 available
        var widths = TableColumnWidths.Of(["a", "b"], [["aaaa bbbb cccc ddd", "bbbbbbbbbb"], ["x", "y"]], 300, 10, 0);

        // 180 + 100 = 280 wanted fits 300: each gets what it wants and 10 more
        Assert.Equal([190, 110], widths);
    }

    [Fact]
    public void A_table_too_narrow_for_its_words_shrinks_every_column_alike()
    {
        var widths = TableColumnWidths.Of(["aaaaaaaaaa", "bbbbbbbbbb"], [], 100, 10, 0);

        Assert.Equal([50, 50], widths);
    }
}
