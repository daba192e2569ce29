namespace ShopSmart.Etl.Sources;

/// <summary>A worksheet listed in workbook.xml: its name and its part in the package (null if it has none).</summary>
internal sealed record XlsxSheet(string Name, string? Part);
