using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>One sheet of the workbook; <see cref="WorkbookBuilder"/> writes them in the order it lists them.</summary>
public interface IWorkbookSheet
{
    string Name { get; }

    /// <summary>How the sheet prints: charts and summaries on one page, long lists one page wide.</summary>
    PageLayout Layout { get; }

    void Write(WorkbookContext context, WorkbookInput input);
}
