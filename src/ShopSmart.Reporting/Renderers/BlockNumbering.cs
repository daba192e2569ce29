using System.Globalization;
using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Renderers;

/// <summary>Figure and table numbers in document order, the same in every renderer.</summary>
internal sealed class BlockNumbering
{
    private int _figures;
    private int _tables;

    public string NextFigure(DocumentLabels labels) => $"{labels.Figure} {(++_figures).ToString(CultureInfo.InvariantCulture)}";

    public string NextTable(DocumentLabels labels) => $"{labels.Table} {(++_tables).ToString(CultureInfo.InvariantCulture)}";
}
