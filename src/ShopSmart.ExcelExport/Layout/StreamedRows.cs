using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ShopSmart.ExcelExport.Charts;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// Writes the rows of <see cref="StreamedTable"/>s into a workbook ClosedXML has saved: each row's cells take the
/// style of the table's first row (so formats, indents and wrapping match), texts are inline strings, and the table's
/// range, its filter and the sheet's dimension are extended to the last row. The sheet part ClosedXML wrote is small
/// (header and one row), so it is read whole; the rows are written straight to the part's stream.
/// </summary>
public static class StreamedRows
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    // A comment put after the first row, where the serialised sheet is split for the streamed rows to go in.
    private const string MarkerText = "shopsmart:streamed-rows";
    private const string Marker = $"<!--{MarkerText}-->";

    public static void Append(SpreadsheetDocument document, IReadOnlyList<StreamedTable> tables)
    {
        if (tables.Count == 0)
        {
            return;
        }

        var sheets = new SavedSheets(document);
        foreach (var table in tables)
        {
            var part = sheets.Part(table.Sheet, $"The table {table.Table}");
            WriteRows(part, table);
            ExtendTable(part, table);
        }
    }

    private static void WriteRows(WorksheetPart part, StreamedTable table)
    {
        XDocument sheet;
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            sheet = XDocument.Load(stream);
        }

        var root = sheet.Root ?? throw new InvalidOperationException($"The sheet '{table.Sheet}' is empty.");
        var sheetData = root.Element(Main + "sheetData") ?? throw new InvalidOperationException($"The sheet '{table.Sheet}' has no cells.");
        var rows = sheetData.Elements(Main + "row").ToList();
        var first = rows.SingleOrDefault(r => RowNumber(r) == table.FirstRow - 1)
            ?? throw new InvalidOperationException($"The sheet '{table.Sheet}' has no row {table.FirstRow - 1} to take the table's styles from.");
        if (rows.Any(r => RowNumber(r) >= table.FirstRow && RowNumber(r) <= table.LastRow))
        {
            throw new InvalidOperationException($"The sheet '{table.Sheet}' already has cells in rows {table.FirstRow}–{table.LastRow}, where the table's rows go.");
        }

        var styles = first.Elements(Main + "c").ToDictionary(c => ColumnOf((string)c.Attribute("r")!), c => (string?)c.Attribute("s"));
        first.AddAfterSelf(new XComment(MarkerText));
        var dimension = root.Element(Main + "dimension")?.Attribute("ref");
        if (dimension is not null)
        {
            dimension.Value = Extended(dimension.Value, table.LastRow);
        }

        var text = root.ToString(SaveOptions.DisableFormatting);
        var split = text.IndexOf(Marker, StringComparison.Ordinal);
        var prefix = root.GetPrefixOfNamespace(Main);
        var names = new Names(prefix is null ? string.Empty : prefix + ":");
        using var output = new StreamWriter(part.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(false), 1 << 16);
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        output.Write(text.AsSpan(0, split));
        var rowNumber = table.FirstRow;
        var columnLetters = Enumerable.Range(table.FirstColumn, table.ColumnCount).Select(SheetRange.ColumnLetters).ToArray();
        foreach (var values in table.Rows)
        {
            WriteRow(output, names, table, rowNumber++, values, columnLetters, styles);
        }

        output.Write(text.AsSpan(split + Marker.Length));
    }

    private static void WriteRow(
        TextWriter output, Names names, StreamedTable table, int rowNumber, object?[] values, string[] columnLetters, Dictionary<string, string?> styles)
    {
        var row = rowNumber.ToString(CultureInfo.InvariantCulture);
        var height = SheetWriter.LineHeight;
        var contents = new CellContent[values.Length];
        for (var c = 0; c < values.Length; c++)
        {
            contents[c] = CellWriter.Content(values[c]);
            if (contents[c].Kind == CellKind.Text && table.WrappedColumns.Contains(table.FirstColumn + c))
            {
                height = Math.Max(height, SheetWriter.WrappedHeight(contents[c].Text!));
            }
        }

        output.Write($"<{names.Row} r=\"{row}\"");
        if (height > SheetWriter.LineHeight)
        {
            output.Write($" ht=\"{height.ToString(CultureInfo.InvariantCulture)}\" customHeight=\"1\"");
        }

        output.Write('>');
        for (var c = 0; c < contents.Length; c++)
        {
            var content = contents[c];
            output.Write($"<{names.Cell} r=\"{columnLetters[c]}{row}\"");
            if (styles.GetValueOrDefault(columnLetters[c]) is { } style)
            {
                output.Write($" s=\"{style}\"");
            }

            switch (content.Kind)
            {
                case CellKind.Text:
                    var preserve = content.Text!.Length > 0 && (char.IsWhiteSpace(content.Text[0]) || char.IsWhiteSpace(content.Text[^1]));
                    output.Write($" t=\"inlineStr\"><{names.InlineString}><{names.Text}{(preserve ? " xml:space=\"preserve\"" : string.Empty)}>");
                    WriteEscaped(output, content.Text);
                    output.Write($"</{names.Text}></{names.InlineString}></{names.Cell}>");
                    break;
                case CellKind.Number:
                    output.Write($"><{names.Value}>{content.Number.ToString("R", CultureInfo.InvariantCulture)}</{names.Value}></{names.Cell}>");
                    break;
                case CellKind.Moment:
                    output.Write($"><{names.Value}>{content.Moment.ToOADate().ToString("R", CultureInfo.InvariantCulture)}</{names.Value}></{names.Cell}>");
                    break;
                default:
                    output.Write("/>");
                    break;
            }
        }

        output.Write($"</{names.Row}>");
    }

    /// <summary>Escapes markup; a character XML cannot hold (a control character from a damaged file) becomes U+FFFD.</summary>
    public static void WriteEscaped(TextWriter output, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '&':
                    output.Write("&amp;");
                    break;
                case '<':
                    output.Write("&lt;");
                    break;
                case '>':
                    output.Write("&gt;");
                    break;
                default:
                    if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        output.Write(ch);
                        output.Write(text[++i]);
                    }
                    else if (XmlConvert.IsXmlChar(ch))
                    {
                        output.Write(ch);
                    }
                    else
                    {
                        output.Write('\uFFFD');
                    }

                    break;
            }
        }
    }

    private static void ExtendTable(WorksheetPart part, StreamedTable table)
    {
        var definition = part.TableDefinitionParts.Select(t => t.Table).FirstOrDefault(t => t.Name?.Value == table.Table)
            ?? throw new InvalidOperationException($"The sheet '{table.Sheet}' has no table '{table.Table}'.");
        definition.Reference = Extended(definition.Reference!.Value!, table.LastRow);
        if (definition.AutoFilter?.Reference?.Value is { } filter)
        {
            definition.AutoFilter.Reference = Extended(filter, table.LastRow);
        }

        definition.Save();
    }

    /// <summary><c>A4:L5</c> extended to row 900 is <c>A4:L900</c> (never shortened).</summary>
    public static string Extended(string reference, int lastRow)
    {
        var parts = reference.Split(':');
        var end = parts[^1];
        var letters = ColumnOf(end);
        var row = int.Parse(end.AsSpan(letters.Length), CultureInfo.InvariantCulture);
        var extended = letters + Math.Max(row, lastRow).ToString(CultureInfo.InvariantCulture);
        return parts.Length == 1 ? $"{end}:{extended}" : $"{parts[0]}:{extended}";
    }

    private static string ColumnOf(string cellReference) => new([.. cellReference.TakeWhile(char.IsAsciiLetter)]);

    private static int RowNumber(XElement row) => int.Parse((string)row.Attribute("r")!, CultureInfo.InvariantCulture);

    private sealed class Names(string prefix)
    {
        public string Row { get; } = prefix + "row";

        public string Cell { get; } = prefix + "c";

        public string Value { get; } = prefix + "v";

        public string InlineString { get; } = prefix + "is";

        public string Text { get; } = prefix + "t";
    }
}
