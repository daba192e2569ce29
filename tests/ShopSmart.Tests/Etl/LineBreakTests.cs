using System.Text;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// Line breaks of every kind, mixed in one file: \n, \r\n and an old Mac's \r alone. Joined exports mix them; each line
/// must still be its own row, with its own row number, and a \r inside a quoted field stays data.
/// </summary>
public sealed class LineBreakTests : IDisposable
{
    private static readonly string[] Rows =
    [
        "536365,85123A,WHITE HANGING HEART,6,12/13/2010 8:26,2.55,17850,United Kingdom",
        "536366,71053,WHITE METAL LANTERN,6,12/13/2010 8:28,3.39,17850,United Kingdom",
        "536367,84406B,CREAM CUPID HEARTS,8,12/13/2010 8:30,2.75,13047,United Kingdom",
        "536368,84029G,KNITTED UNION FLAG,6,12/13/2010 8:34,3.39,13047,France",
    ];

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    private CollectingSink Read(string text)
    {
        var path = _files.File("breaks.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var sink = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions(), default);
        return sink;
    }

    private static string Join(params string[] breaks)
    {
        var text = new StringBuilder(TestData.OnlineRetailHeader);
        for (var i = 0; i < Rows.Length; i++)
        {
            text.Append(breaks[i]).Append(Rows[i]);
        }

        return text.Append(breaks[^1]).ToString();
    }

    [Theory]
    [InlineData("\n", "\n", "\r", "\r", "\r")]          // lines joined from a Unix and a Mac export
    [InlineData("\r", "\r", "\n", "\n", "\n")]          // the Mac export first: its \r used to decide for the file
    [InlineData("\r\n", "\r", "\r\n", "\n", "\r")]      // all three
    [InlineData("\r", "\r", "\r", "\r", "\r")]          // a Mac export alone
    public void Every_line_is_a_row_whatever_its_break(string first, string second, string third, string fourth, string last)
    {
        var sink = Read(Join(first, second, third, fourth, last));

        Assert.Empty(sink.Rejected);
        Assert.Equal([2L, 3L, 4L, 5L], sink.Lines.Select(l => l.RowNumber));
        Assert.Equal(["536365", "536366", "536367", "536368"], sink.Lines.Select(l => l.InvoiceNo));
        Assert.Equal("France", sink.Lines[3].Country);
    }

    [Fact]
    public void A_return_inside_quotes_is_data_and_a_doubled_return_a_blank_line_as_Excel_shows_it()
    {
        var text = TestData.OnlineRetailHeader + "\n" +
                   "536365,85123A,\"WHITE\rHANGING, \"\"HEART\"\"\",6,12/13/2010 8:26,2.55,17850,United Kingdom\r\r\n" +
                   Rows[1] + "\r" + Rows[2] + "\n";

        var sink = Read(text);

        Assert.Empty(sink.Rejected);
        Assert.Equal([2L, 4L, 5L], sink.Lines.Select(l => l.RowNumber));
        Assert.Equal("WHITE\rHANGING, \"HEART\"", sink.Lines[0].Description);
    }

    [Theory]
    [InlineData("\r\r\n", "\r\r\n", "\r", "\r", "\r", new[] { 3L, 5L, 6L, 7L })]  // the first line's \r\r used to decide for the file
    [InlineData("\r", "\r\r", "\r", "\r", "\r", new[] { 2L, 4L, 5L, 6L })]          // a Mac export with a blank line
    [InlineData("\r\n", "\r\n", "\r\r\n", "\r\n", "\r\n", new[] { 2L, 3L, 5L, 6L })]
    public void Blank_lines_keep_their_place_in_the_row_numbers(string first, string second, string third, string fourth, string last, long[] rows)
    {
        var sink = Read(Join(first, second, third, fourth, last));

        Assert.Empty(sink.Rejected);
        Assert.Equal(rows, sink.Lines.Select(l => l.RowNumber));
        Assert.Equal(["536365", "536366", "536367", "536368"], sink.Lines.Select(l => l.InvoiceNo));
    }

    [Fact]
    public void A_row_cut_by_a_bare_return_is_two_short_rows_as_Excel_shows_it_both_quarantined_with_their_text()
    {
        var text = TestData.OnlineRetailHeader + "\r\n" +
                   "536365,85123A,WHITE\rHANGING HEART,6,12/13/2010 8:26,2.55,17850,United Kingdom\r\n" + Rows[1] + "\r\n";

        var sink = Read(text);

        Assert.Equal([4L], sink.Lines.Select(l => l.RowNumber));
        Assert.Equal([(2L, "536365,85123A,WHITE"), (3L, "HANGING HEART,6,12/13/2010 8:26,2.55,17850,United Kingdom")],
            sink.Rejected.Select(r => (r.RowNumber, r.RawValues)));
        Assert.All(sink.Rejected, r => Assert.Equal(RejectReasons.WrongColumnCount, r.ReasonCode));
    }

    [Theory]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\nb", "a\r\nb")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\r\r\nb", "a\n\r\nb")]
    [InlineData("\"a\rb\"\rc", "\"a\rb\"\nc")]
    [InlineData("\"a\"\"\rb\"\rc", "\"a\"\"\rb\"\nc")]          // a doubled quote does not close the field
    [InlineData("x,\"\"\rc", "x,\"\"\nc")]                      // an empty quoted field
    [InlineData("12\" RULER\rc", "12\" RULER\nc")]               // a stray quote inside an unquoted field is data
    [InlineData("12\"\" RULER,\"p\rq\"\rc", "12\"\" RULER,\"p\rq\"\nc")]
    [InlineData("x;\"p\rq\"\rc", "x;\"p\nq\"\nc")]              // ';' is no delimiter here: its quotes are data
    [InlineData("a\r", "a\n")]                                     // the end, or a held-back \r, follows
    public void Mend_turns_a_return_outside_quoted_fields_that_no_line_feed_follows_into_a_line_feed(string text, string expected)
    {
        var chars = text.ToCharArray();

        LineBreakReader.Mend(chars, ',', LineBreakReader.Quotes.AtStart);

        Assert.Equal(expected, new string(chars));
    }

    [Fact]
    public void Mend_carries_an_open_quote_and_a_closing_quote_to_the_next_chunk()
    {
        var first = "x,\"a\rb".ToCharArray();
        var second = "c\rd\",e\rf".ToCharArray();
        var third = "x,\"a\"".ToCharArray();
        var fourth = "\"\rb\"\rc".ToCharArray(); // the quote that ended the third text closed nothing: "" is a quote

        var open = LineBreakReader.Mend(first, ',', LineBreakReader.Quotes.AtStart);
        var after = LineBreakReader.Mend(second, ',', open);
        var closed = LineBreakReader.Mend(third, ',', LineBreakReader.Quotes.AtStart);
        LineBreakReader.Mend(fourth, ',', closed);

        Assert.True(open.Inside);
        Assert.False(after.Inside);
        Assert.Equal("x,\"a\rb", new string(first));
        Assert.Equal("c\rd\",e\nf", new string(second));
        Assert.Equal((false, true), (closed.Inside, closed.LastClosed));
        Assert.Equal("\"\rb\"\nc", new string(fourth));
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_description_changes_nothing_after_it()
    {
        var text = TestData.OnlineRetailHeader + "\n" +
                   "536365,85123A,12\" WHITE RULER,6,12/13/2010 8:26,2.55,17850,United Kingdom\r" +
                   "536366,71053,\"WHITE\rMETAL\",6,12/13/2010 8:28,3.39,17850,United Kingdom\r" + Rows[2] + "\r";

        var sink = Read(text);

        Assert.Empty(sink.Rejected);
        Assert.Equal([2L, 3L, 4L], sink.Lines.Select(l => l.RowNumber));
        Assert.Equal(["12\" WHITE RULER", "WHITE\rMETAL"], sink.Lines.Take(2).Select(l => l.Description));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    public void A_return_on_a_chunk_boundary_is_decided_by_the_character_after_it(int returnAt)
    {
        // A \r at the end of one chunk waits for the next one's first character: what comes out does not depend on
        // where the chunks end.
        foreach (var after in new[] { "y", "\n", "\r\n", "\"" })
        {
            var input = new string('x', returnAt) + "\r" + after + new string('z', 10);
            var expected = new string('x', returnAt) + after switch
            {
                "\n" => "\r\n",
                "\r\n" => "\n\r\n",
                _ => "\n" + after,
            } + new string('z', 10);

            using var reader = new LineBreakReader(new StringReader(input), ',');

            Assert.Equal(expected, reader.ReadToEnd());
        }
    }

    [Fact]
    public void A_stray_quote_that_starts_a_chunk_is_told_by_the_last_character_of_the_chunk_before()
    {
        // The reader's first chunk (64 KB) ends in "…12"; the next starts with the stray quote of 12" RULER, which is data
        // because a '2', not a delimiter, stands before it: the \r after it is a line break.
        var first = "h\n" + new string('a', (1 << 16) - 3) + "2";
        using var reader = new LineBreakReader(new StringReader(first + "\" RULER\rnext\n"), ',');

        Assert.Equal(first + "\" RULER\nnext\n", reader.ReadToEnd());
    }

    [Fact]
    public void A_return_at_the_very_end_is_a_line_break_and_reads_one_character_at_a_time_too()
    {
        using var whole = new LineBreakReader(new StringReader("a,b\rc,d\r"), ',');
        using var single = new LineBreakReader(new StringReader("a,b\rc,d\r"), ',');
        var chars = new StringBuilder();
        while (single.Peek() >= 0)
        {
            chars.Append((char)single.Read());
        }

        Assert.Equal("a,b\nc,d\n", whole.ReadToEnd());
        Assert.Equal("a,b\nc,d\n", chars.ToString());
        Assert.Equal(-1, single.Read());
    }
}
