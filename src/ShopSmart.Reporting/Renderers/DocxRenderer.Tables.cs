using DocumentFormat.OpenXml.Wordprocessing;
using DocTable = ShopSmart.Reporting.Document.Table;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ShopSmart.Reporting.Renderers;

/// <summary>Tables: full text width, thin grey borders, a shaded header row repeated on every page.</summary>
public sealed partial class DocxRenderer
{
    private const string TableBorder = "BFC5CC";

    // 8.5 pt text (bold in the header): ~95 twips a character on average; 80 twips of padding on each side.
    private const int TableCharWidth = 95;
    private const short TableCellPadding = 80;

    private static WordTable TableOf(DocTable table)
    {
        var word = new WordTable(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = TableBorder },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = TableBorder },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = TableBorder },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = TableBorder },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = TableBorder },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = TableBorder }),
            new TableLayout { Type = TableLayoutValues.Autofit },
            new TableCellMarginDefault(
                new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = TableCellPadding, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = TableCellPadding, Type = TableWidthValues.Dxa })));

        var widths = TableColumnWidths.Of(
            [.. table.Columns.Select(c => c.Header)], table.Rows, PageWidth - (2 * Margin), TableCharWidth, 2 * TableCellPadding);
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        word.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            header.Append(Cell(table.Columns[c].Header, table.Columns[c].Numeric, isHeader: true, widths[c]));
        }

        word.Append(header);
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < row.Count; c++)
            {
                tableRow.Append(Cell(row[c], table.Columns[c].Numeric, isHeader: false, widths[c]));
            }

            word.Append(tableRow);
        }

        return word;
    }

    private static TableCell Cell(string text, bool numeric, bool isHeader, int width)
    {
        var cellProperties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (isHeader)
        {
            cellProperties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3F5F7" };
        }

        var paragraphProperties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        };
        if (numeric)
        {
            paragraphProperties.Justification = new Justification { Val = JustificationValues.Right };
        }

        var runProperties = new RunProperties { FontSize = new FontSize { Val = "17" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "17" } };
        if (isHeader)
        {
            runProperties.Bold = new Bold();
        }

        return new TableCell(
            cellProperties,
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(paragraphProperties, new Run(runProperties, Text(text))));
    }
}
