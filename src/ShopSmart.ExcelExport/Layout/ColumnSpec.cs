namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// One column of a table on a sheet: its header, format, how to get the value from a row, and what it means. The
/// meaning is written once here and shown in the Data dictionary sheet.
/// </summary>
public sealed record ColumnSpec<T>(string Header, CellFormat Format, Func<T, object?> Value, string Meaning);
