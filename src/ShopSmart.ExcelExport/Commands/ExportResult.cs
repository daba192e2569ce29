namespace ShopSmart.ExcelExport.Commands;

/// <summary>What an export wrote: the workbook's path, its sheets in order, and how long it took (in all and by step).</summary>
public sealed record ExportResult(string Path, IReadOnlyList<string> Sheets, long Bytes, TimeSpan Elapsed, IReadOnlyList<(string Step, TimeSpan Elapsed)> StepTimings);
