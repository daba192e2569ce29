namespace ShopSmart.ExcelExport.Charts;

/// <summary>
/// A native chart as a sheet asks for it: its type, title, category labels and series, all referring to cells the
/// sheet wrote, so the chart stays live and editable in Excel. Number formats are Excel format codes for the axes.
/// </summary>
public sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    SheetRange Categories,
    IReadOnlyList<ChartSeries> Series,
    ChartAnchor Anchor,
    string ValueFormat = "General",
    string SecondaryFormat = "General")
{
    public string Sheet => Categories.Sheet;
}
