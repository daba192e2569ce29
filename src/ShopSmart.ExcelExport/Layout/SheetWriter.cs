using ClosedXML.Excel;
using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// Writes one sheet top to bottom: title, headings, notes, tables and charts, keeping track of the next free row
/// and of how wide each column's content is. <see cref="Finish"/> sets the widths and the print layout.
/// </summary>
public sealed class SheetWriter
{
    private const int MinimumWidth = 6;
    private const int MaximumWidth = 60;
    /// <summary>The height of one line of text in a row (points).</summary>
    internal const double LineHeight = 15;
    private readonly WorkbookContext _context;
    private readonly Dictionary<int, int> _widths = [];
    private readonly List<(int Row, int FirstColumn, int LastColumn)> _headers = [];

    internal SheetWriter(WorkbookContext context, IXLWorksheet sheet)
    {
        _context = context;
        Sheet = sheet;
    }

    public IXLWorksheet Sheet { get; }

    public string Name => Sheet.Name;

    /// <summary>The next free row (1-based).</summary>
    public int Row { get; private set; } = 1;

    public void Title(string title, string subtitle)
    {
        var cell = Sheet.Cell(1, 1);
        CellWriter.Put(cell, title);
        cell.Style.Font.SetBold().Font.SetFontSize(16).Font.SetFontColor(XLColor.FromHtml(Palette.Brand));
        var sub = Sheet.Cell(2, 1);
        CellWriter.Put(sub, subtitle);
        sub.Style.Font.SetItalic().Font.SetFontColor(XLColor.FromHtml(Palette.Neutral));
        Row = 4;
    }

    public void Heading(string text)
    {
        var cell = Sheet.Cell(Row, 1);
        CellWriter.Put(cell, text);
        cell.Style.Font.SetBold().Font.SetFontSize(12).Font.SetFontColor(XLColor.FromHtml(Palette.Brand));
        Row++;
    }

    /// <summary>A line of explanation, or the reason a part of the sheet is empty.</summary>
    public void Note(string text, int column = 1)
    {
        var cell = Sheet.Cell(Row, column);
        CellWriter.Put(cell, text);
        cell.Style.Font.SetItalic().Font.SetFontColor(XLColor.FromHtml(Palette.Neutral));
        Row++;
    }

    public void Skip(int rows = 1) => Row += rows;

    /// <summary>Moves the next free row down to at least <paramref name="row"/> (below a chart, say).</summary>
    public void MoveBelow(int row) => Row = Math.Max(Row, row);

    /// <summary>Writes a value in a cell and counts it towards the column's width.</summary>
    public IXLCell Put(int row, int column, object? value, CellFormat format = CellFormat.Text)
    {
        var cell = Sheet.Cell(row, column);
        CellWriter.Put(cell, value);
        if (format != CellFormat.Text)
        {
            cell.Style.NumberFormat.Format = CellFormats.Code(format);
        }

        Measure(column, CellFormats.DisplayLength(value, format));
        return cell;
    }

    /// <summary>Writes a column header of a grid; like a table header, it may wrap onto two lines.</summary>
    public void PutHeader(int row, int column, string header)
    {
        CellWriter.Put(Sheet.Cell(row, column), header);
        Measure(column, HeaderLength(header));
    }

    /// <summary>Styles a row of headers written with <see cref="PutHeader"/> (for grids that are not Excel tables).</summary>
    public void StyleHeader(int row, int firstColumn, int lastColumn)
    {
        _headers.Add((row, firstColumn, lastColumn));
        var range = Sheet.Range(row, firstColumn, row, lastColumn);
        range.Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(XLColor.FromHtml(Palette.Brand));
        range.Style.Alignment.SetWrapText(true);
    }

    /// <summary>
    /// Writes <paramref name="rows"/> as an Excel table with a styled header (and autofilter), one column per
    /// spec, and records each column's meaning for the Data dictionary. Writes <paramref name="whenEmpty"/> as a
    /// note instead, and returns null, when there are no rows. With <paramref name="streamRows"/> only the first row
    /// goes through ClosedXML and the others are written into the saved file (<see cref="StreamedTable"/>): for long
    /// lists, which no chart reads.
    /// </summary>
    public TablePlacement? Table<T>(
        string tableName, IReadOnlyList<ColumnSpec<T>> columns, IReadOnlyCollection<T> rows, string source, string whenEmpty,
        int column = 1, bool autoFilter = false, bool streamRows = false)
    {
        foreach (var spec in columns)
        {
            _context.Add(new DictionaryEntry(Name, spec.Header, spec.Meaning, CellFormats.Describe(spec.Format), source));
        }

        if (rows.Count == 0)
        {
            Note(whenEmpty, column);
            return null;
        }

        var headerRow = Row;
        for (var c = 0; c < columns.Count; c++)
        {
            CellWriter.Put(Sheet.Cell(headerRow, column + c), columns[c].Header);
            Measure(column + c, HeaderLength(columns[c].Header));
        }

        var r = headerRow + 1;
        foreach (var item in rows)
        {
            var written = !streamRows || r == headerRow + 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Value(item);
                if (written)
                {
                    CellWriter.Put(Sheet.Cell(r, column + c), value);
                }

                Measure(column + c, CellFormats.DisplayLength(value, columns[c].Format));
            }

            r++;
        }

        var lastRow = r - 1;
        // What ClosedXML holds: all the rows, or the first when the others are streamed.
        var lastWritten = streamRows ? headerRow + 1 : lastRow;
        if (streamRows && rows.Count > 1)
        {
            var streamed = new StreamedTable(
                Name, tableName, headerRow + 2, column, columns.Count,
                rows.Skip(1).Select(item => columns.Select(c => c.Value(item)).ToArray()), rows.Count - 1);
            _context.Add(streamed);
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Format != CellFormat.Text)
            {
                Sheet.Range(headerRow + 1, column + c, lastWritten, column + c).Style.NumberFormat.Format = CellFormats.Code(columns[c].Format);
            }
            else if (c > 0)
            {
                // Text is left-aligned and numbers right-aligned: an indent keeps a text from touching the number before it.
                Sheet.Range(headerRow, column + c, lastWritten, column + c).Style.Alignment.SetIndent(1);
                _widths[column + c] = _widths.GetValueOrDefault(column + c) + 1;
            }
        }

        var table = Sheet.Range(headerRow, column, lastWritten, column + columns.Count - 1).CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleLight9;
        table.ShowAutoFilter = autoFilter;
        table.ShowRowStripes = true;

        // Styled cell by cell as well: LibreOffice does not draw Excel's table styles.
        StyleHeader(headerRow, column, column + columns.Count - 1);
        Row = lastRow + 2;
        return new TablePlacement(Name, headerRow, headerRow + 1, lastRow, column, columns.Select(c => c.Header).ToList());
    }

    /// <summary>Records what a column or a labelled cell written without <see cref="Table{T}"/> means.</summary>
    public void Describe(string column, string meaning, string unit, string source) =>
        _context.Add(new DictionaryEntry(Name, column, meaning, unit, source));

    public void Chart(ChartSpec chart)
    {
        if (chart.Sheet != Name)
        {
            throw new ArgumentException($"A chart of '{Name}' refers to cells of '{chart.Sheet}'.", nameof(chart));
        }

        _context.Add(chart);
    }

    /// <summary>Keeps a column at least this wide (charts sit over empty columns).</summary>
    public void MinimumColumnWidth(int column, int characters) => Measure(column, characters - 2);

    public void Finish(PageLayout layout, int repeatRowsThrough = 0)
    {
        foreach (var (column, length) in _widths)
        {
            Sheet.Column(column).Width = Math.Clamp(length + 2, MinimumWidth, MaximumWidth);
            if (length + 2 > MaximumWidth)
            {
                WrapColumn(column);
            }
        }

        // A header wider than its column wraps onto a second line (the values, not the headers, set the widths).
        foreach (var (row, first, last) in _headers)
        {
            if (Enumerable.Range(first, last - first + 1).Any(c => Sheet.Cell(row, c).GetString().Length + 2 > Sheet.Column(c).Width))
            {
                Sheet.Row(row).Height = 2 * LineHeight;
                Sheet.Range(row, first, row, last).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            }
        }

        var page = Sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.6).SetBottom(0.6).SetHeader(0.3).SetFooter(0.3);
        page.Header.Center.AddText(XLHFPredefinedText.SheetName, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        if (layout == PageLayout.OnePage)
        {
            page.FitToPages(1, 1);
        }
        else
        {
            page.FitToPages(1, 0);
            if (repeatRowsThrough > 0)
            {
                page.SetRowsToRepeatAtTop(1, repeatRowsThrough);
            }
        }
    }

    /// <summary>
    /// Long texts (meanings, rule sentences) wrap instead of running under the next column. Row heights are set here:
    /// LibreOffice keeps the default height of rows it is given, so wrapped lines would print over each other.
    /// </summary>
    private void WrapColumn(int column)
    {
        Sheet.Column(column).Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        foreach (var cell in Sheet.Column(column).CellsUsed())
        {
            if (cell.DataType != XLDataType.Text)
            {
                continue;
            }

            var height = WrappedHeight(cell.GetString());
            var row = Sheet.Row(cell.Address.RowNumber);
            if (height > LineHeight && row.Height < height)
            {
                row.Height = height;
                row.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            }
        }

        foreach (var streamed in _context.StreamedTables.Where(t => t.Sheet == Name && column >= t.FirstColumn && column < t.FirstColumn + t.ColumnCount))
        {
            streamed.WrappedColumns.Add(column);
        }
    }

    /// <summary>
    /// The height (points) of a row whose text wraps in a column at the maximum width: one line height per line. A
    /// column's width counts digit widths and capitals, which most descriptions are, are wider: a line is taken to hold
    /// as many characters as the column is wide, less its margin (at 1.1 per unit, 63-character descriptions printed
    /// over the next row in LibreOffice; at 0.9, most rows of a list got a second, empty line).
    /// </summary>
    internal static double WrappedHeight(string text) => Math.Max(1, (int)Math.Ceiling(text.Length / (double)(MaximumWidth - 2))) * LineHeight;

    /// <summary>The width a header needs on two lines: half its length, but at least its longest word.</summary>
    private static int HeaderLength(string header) =>
        Math.Max(header.Split(' ').Max(w => w.Length), (header.Length + 1) / 2);

    private void Measure(int column, int length)
    {
        _widths[column] = Math.Max(_widths.GetValueOrDefault(column), length);
    }
}
