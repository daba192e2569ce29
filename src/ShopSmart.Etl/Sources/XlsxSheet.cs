namespace ShopSmart.Etl.Sources;

/// <summary>
/// A worksheet listed in workbook.xml: its name, its part in the package (null if it has none), and whether Excel hides
/// it (state "hidden" or "veryHidden").
/// </summary>
internal sealed record XlsxSheet(string Name, string? Part, bool Hidden = false);
