using System.Globalization;
using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Renderers;

/// <summary>Figure and table numbers in document order, and the captions they head, the same in every renderer.</summary>
internal sealed class BlockNumbering
{
    private int _figures;
    private int _tables;

    /// <summary>The next figure's caption line: "Figure 3: …" (the separator is the language's).</summary>
    public string NextFigure(DocumentLabels labels, string caption) =>
        $"{labels.Figure} {(++_figures).ToString(CultureInfo.InvariantCulture)}{labels.CaptionSeparator}{caption}";

    /// <summary>The next table's caption line: "Table 2: …".</summary>
    public string NextTable(DocumentLabels labels, string caption) =>
        $"{labels.Table} {(++_tables).ToString(CultureInfo.InvariantCulture)}{labels.CaptionSeparator}{caption}";
}
