using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// Long lists' rows are written into the saved file instead of through ClosedXML: the same table written both ways
/// reads back cell for cell the same — values, types, formats, indents, wrapped row heights, table and filter range.
/// </summary>
public sealed class StreamedRowsTests : IDisposable
{
    private sealed record Row(string? Name, double? Amount, DateTime? Day, bool Flag, long Count);

    private static readonly IReadOnlyList<ColumnSpec<Row>> Columns =
    [
        new("Name", CellFormat.Text, r => r.Name, "a text"),
        new("Note", CellFormat.Text, r => r.Name is null ? null : r.Name + " (note)", "a text in a later column: indented"),
        new("Amount", CellFormat.Money, r => r.Amount, "money"),
        new("Day", CellFormat.Date, r => r.Day, "a date"),
        new("Flag", CellFormat.Text, r => r.Flag, "yes or no"),
        new("Count", CellFormat.Integer, r => r.Count, "a count"),
    ];

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_streamed_table_reads_back_exactly_like_the_same_table_written_by_ClosedXML()
    {
        // Given rows with formula-like, spaced, escaped, long (wrapping), missing and non-finite values
        var rows = new List<Row>
        {
            new("first", 12.5, new DateTime(2011, 1, 2), true, 3),
            new("=SUM(A1:A9)", -4.25, null, false, 0),
            new(" leading and trailing ", double.NaN, new DateTime(2011, 12, 9, 12, 50, 0), true, long.MaxValue / 1024),
            new("a & b <c> \"d\" 'e'", null, new DateTime(2010, 12, 1), false, -7),
            new(null, 1e15 + 0.5, new DateTime(2011, 6, 30), true, 1),
            new("0012", 0.1 + 0.2, null, false, 2),
            new(new string('x', 150) + " long enough to wrap onto three lines", 7, null, true, 5),
        };

        // When the table is written once through ClosedXML and once streamed, then saved as the export saves
        var path = _files.File("lists.xlsx");
        IReadOnlyList<StreamedTable> streamed;
        using (var workbook = new XLWorkbook())
        {
            var context = new WorkbookContext(workbook);
            foreach (var (name, stream) in new[] { ("Written", false), ("Streamed", true) })
            {
                var sheet = context.AddSheet(name);
                sheet.Title(name, "the same rows");
                sheet.Table(name + "Table", Columns, rows, "test", "none", autoFilter: true, streamRows: stream);
                sheet.Finish(PageLayout.LongList, repeatRowsThrough: 4);
            }

            streamed = context.StreamedTables;
            workbook.SaveAs(path);
        }

        Assert.Equal(rows.Count - 1, Assert.Single(streamed).RowCount);
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            StreamedRows.Append(document, streamed);
        }

        // Then every cell of the two sheets reads back the same, and both tables cover every row
        using var reopened = new XLWorkbook(path);
        var written = reopened.Worksheet("Written");
        var stream2 = reopened.Worksheet("Streamed");
        Assert.Equal(written.Table("WrittenTable").RangeAddress.ToString(), stream2.Table("StreamedTable").RangeAddress.ToString());
        Assert.Equal(written.Table("WrittenTable").AutoFilter.Range.RangeAddress.ToString(), stream2.Table("StreamedTable").AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(rows.Count, stream2.Table("StreamedTable").DataRange.RowCount());
        for (var r = 1; r <= 4 + rows.Count; r++)
        {
            Assert.Equal(written.Row(r).Height, stream2.Row(r).Height);
            for (var c = 1; c <= Columns.Count; c++)
            {
                var (expected, actual) = (written.Cell(r, c), stream2.Cell(r, c));
                var where = $"row {r}, column {c}";
                Assert.True(expected.DataType == actual.DataType, $"{where}: {expected.DataType} vs {actual.DataType}");
                Assert.True(expected.GetString() == actual.GetString() || r < 5, $"{where}: '{expected.GetString()}' vs '{actual.GetString()}'");
                if (expected.DataType == XLDataType.Number)
                {
                    Assert.Equal(expected.GetDouble(), actual.GetDouble(), 12);
                }

                Assert.Equal(expected.Style.NumberFormat.Format, actual.Style.NumberFormat.Format);
                Assert.Equal(expected.Style.Alignment.Indent, actual.Style.Alignment.Indent);
                Assert.Equal(expected.Style.Alignment.WrapText, actual.Style.Alignment.WrapText);
            }
        }

        // The long note (194 characters) wraps onto four lines of a 60-character column.
        Assert.Equal(4 * 15, stream2.Row(4 + rows.Count).Height);
    }

    [Fact]
    public void A_character_XML_cannot_hold_is_replaced_and_markup_is_escaped()
    {
        var output = new StringWriter();
        StreamedRows.WriteEscaped(output, "a\u0001b & <c> \U0001F600");
        Assert.Equal("a\uFFFDb &amp; &lt;c&gt; \U0001F600", output.ToString());
    }

    [Theory]
    [InlineData("A4:L5", 900, "A4:L900")]
    [InlineData("A1:L54189", 900, "A1:L54189")]
    [InlineData("B7", 9, "B7:B9")]
    public void A_reference_is_extended_to_the_last_row_and_never_shortened(string reference, int lastRow, string expected) =>
        Assert.Equal(expected, StreamedRows.Extended(reference, lastRow));
}
