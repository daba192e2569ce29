namespace ShopSmart.ExcelExport.Charts;

/// <summary>
/// A chart with the values its cells held when the workbook was written: the cache Excel shows before it
/// recalculates, and what LibreOffice and viewers without a calculation engine draw.
/// </summary>
public sealed record ChartData(
    ChartSpec Spec,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> SeriesNames,
    IReadOnlyList<IReadOnlyList<double?>> Values);
