using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Reads the small parts of an xlsx package that give meaning to its sheets: the sheet list (workbook order),
/// the 1904 date system flag, which cell styles are dates, and the shared strings.
/// </summary>
internal static class XlsxPackage
{
    private const string OfficeDocumentType = "/officeDocument";
    private const string WorksheetType = "/worksheet";
    private const string StylesType = "/styles";
    private const string SharedStringsType = "/sharedStrings";

    public static XmlReaderSettings Settings(XmlNameTable? names = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        NameTable = names,
    };

    public static ZipArchiveEntry? Entry(ZipArchive zip, string part)
    {
        var entry = zip.GetEntry(part);
        if (entry is not null)
        {
            return entry;
        }

        foreach (var candidate in zip.Entries)
        {
            if (string.Equals(candidate.FullName.TrimStart('/').Replace('\\', '/'), part, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <param name="readAhead">Inflate the part on a thread of its own (a sheet: hundreds of megabytes of XML).</param>
    public static XmlReader? OpenXml(ZipArchive zip, string part, XmlNameTable? names = null, bool readAhead = false)
    {
        var entry = Entry(zip, part);
        return entry is null ? null : XmlReader.Create(readAhead ? new ReadAheadStream(entry.Open()) : entry.Open(), Settings(names));
    }

    /// <summary>The workbook part named by the package relationships, "xl/workbook.xml" by default.</summary>
    public static string WorkbookPart(ZipArchive zip)
    {
        var rels = Relationships(zip, string.Empty);
        var target = rels.Values.FirstOrDefault(r => r.Type.EndsWith(OfficeDocumentType, StringComparison.Ordinal)).Target;
        return target ?? "xl/workbook.xml";
    }

    /// <summary>Relationships of a part (id → type and resolved target); empty when it has none.</summary>
    public static Dictionary<string, (string Type, string Target)> Relationships(ZipArchive zip, string part)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var xml = OpenXml(zip, part.Length == 0 ? "_rels/.rels" : XlsxPartPath.RelationshipsOf(part));
        if (xml is null)
        {
            return result;
        }

        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target
                && !string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                result[id] = (xml.GetAttribute("Type") ?? string.Empty, XlsxPartPath.Resolve(part, target));
            }
        }

        return result;
    }

    /// <summary>
    /// The sheets in workbook order, whether the workbook uses the 1904 date system, and whether it asks to be
    /// recalculated when opened (calcPr fullCalcOnLoad: what xlsxwriter writes, its formulas' saved results all 0; EPPlus
    /// too, over true results).
    /// </summary>
    public static (List<XlsxSheet> Sheets, bool Date1904, bool FullCalcOnLoad, string? Styles, string? SharedStrings) Workbook(ZipArchive zip)
    {
        var part = WorkbookPart(zip);
        NotXlsxWorkbookException.ThrowIfNotXlsx(zip, part);
        var rels = Relationships(zip, part);
        var sheets = new List<XlsxSheet>();
        var date1904 = false;
        var fullCalcOnLoad = false;
        using (var xml = OpenXml(zip, part) ?? throw new InvalidDataException($"the package has no workbook part ({part})."))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "workbookPr")
                {
                    date1904 = xml.GetAttribute("date1904") is "1" or "true";
                }
                else if (xml.LocalName == "calcPr")
                {
                    fullCalcOnLoad = xml.GetAttribute("fullCalcOnLoad") is "1" or "true";
                }
                else if (xml.LocalName == "sheet")
                {
                    var name = xml.GetAttribute("name") ?? string.Empty;
                    var id = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                        ?? xml.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
                    var sheetPart = id is not null && rels.TryGetValue(id, out var rel) ? rel.Target : null;
                    sheets.Add(new XlsxSheet(name, sheetPart, Hidden: xml.GetAttribute("state") is "hidden" or "veryHidden"));
                }
            }
        }

        string? Target(string type) => rels.Values.FirstOrDefault(r => r.Type.EndsWith(type, StringComparison.Ordinal)).Target;
        return (sheets, date1904, fullCalcOnLoad, Target(StylesType) ?? "xl/styles.xml", Target(SharedStringsType) ?? "xl/sharedStrings.xml");
    }

    /// <summary>For each cell style (cellXfs index), whether its number format is a date or time format.</summary>
    public static bool[] DateStyles(ZipArchive zip, string part)
    {
        using var xml = OpenXml(zip, part);
        if (xml is null)
        {
            return [];
        }

        var codes = new Dictionary<int, string>();
        var formats = new List<int>();
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                    codes[id] = xml.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    formats.Add(int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var numFmtId) ? numFmtId : 0);
                    break;
            }
        }

        return formats.Select(id => SpreadsheetNumberFormat.IsDate(id, codes.GetValueOrDefault(id))).ToArray();
    }

    /// <summary>
    /// The shared string table: each item's text, rich-text runs concatenated, phonetic runs left out, escapes decoded.
    /// </summary>
    public static string[] SharedStrings(ZipArchive zip, string part)
    {
        using var xml = OpenXml(zip, part);
        if (xml is null)
        {
            return [];
        }

        var strings = new List<string>();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(SpreadsheetText.DecodeEscapes(StringItem(xml)));
            }
        }

        return [.. strings];
    }

    /// <summary>
    /// The text of a string item (<c>si</c> or <c>is</c>) the reader is on: its <c>t</c>, or its runs' <c>r/t</c>
    /// concatenated; <c>rPh</c> (phonetic) and formatting are skipped. Leaves the reader on the item's end tag.
    /// </summary>
    public static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? builder = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (xml.LocalName == "t")
            {
                var text = ReadText(xml);
                if (single is null && builder is null)
                {
                    single = text;
                }
                else
                {
                    builder ??= new StringBuilder(single);
                    builder.Append(text);
                }

                xml.Read();
            }
            else if (xml.LocalName == "r" && !xml.IsEmptyElement)
            {
                xml.Read(); // into the run, for its t
            }
            else
            {
                xml.Skip(); // rPh (phonetic), rPr, phoneticPr
            }
        }

        if (xml.EOF)
        {
            throw new XmlException("unexpected end of a string item.");
        }

        return builder?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>The text content of a simple element (no child elements); leaves the reader on its end tag.</summary>
    public static string ReadText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? builder = null;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (single is null && builder is null)
                {
                    single = xml.Value;
                }
                else
                {
                    builder ??= new StringBuilder(single);
                    builder.Append(xml.Value);
                }
            }
        }

        return builder?.ToString() ?? single ?? string.Empty;
    }
}
