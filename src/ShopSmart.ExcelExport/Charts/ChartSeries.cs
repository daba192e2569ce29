namespace ShopSmart.ExcelExport.Charts;

/// <summary>
/// One series of a chart: its name (a header cell) and its values (a column of cells on the same rows as the chart's
/// categories). <paramref name="PointColours"/> colours each point (segments in their palette colour) instead of the
/// whole series.
/// </summary>
public sealed record ChartSeries(
    SheetRange Name,
    SheetRange Values,
    string Colour,
    bool OnSecondaryAxis = false,
    IReadOnlyList<string>? PointColours = null);
