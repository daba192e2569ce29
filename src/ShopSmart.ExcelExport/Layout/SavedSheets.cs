using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>The sheet parts of a saved workbook by sheet name, for what is written after ClosedXML saves (charts, streamed rows).</summary>
public sealed class SavedSheets
{
    private readonly WorkbookPart _workbookPart;
    private readonly Dictionary<string, string> _relationshipIds;

    public SavedSheets(SpreadsheetDocument document)
    {
        _workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The workbook has no workbook part.");
        _relationshipIds = _workbookPart.Workbook.Sheets?.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => s.Id!.Value!, StringComparer.Ordinal)
            ?? throw new InvalidOperationException("The workbook has no sheets.");
    }

    /// <param name="what">What refers to the sheet, for the error when the workbook has no such sheet.</param>
    public WorksheetPart Part(string sheet, string what) =>
        _relationshipIds.TryGetValue(sheet, out var relationshipId)
            ? (WorksheetPart)_workbookPart.GetPartById(relationshipId)
            : throw new InvalidOperationException($"{what} refers to the sheet '{sheet}', which the workbook does not have.");
}
