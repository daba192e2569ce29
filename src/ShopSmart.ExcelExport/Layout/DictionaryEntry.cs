namespace ShopSmart.ExcelExport.Layout;

/// <summary>A line of the Data dictionary sheet: a column of a sheet, what it means, its unit and where it comes from.</summary>
public sealed record DictionaryEntry(string Sheet, string Column, string Meaning, string Unit, string Source);
