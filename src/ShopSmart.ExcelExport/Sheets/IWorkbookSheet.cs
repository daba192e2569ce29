using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>One sheet of the workbook; <see cref="WorkbookBuilder"/> writes them in the order it lists them.</summary>
public interface IWorkbookSheet
{
    string Name { get; }

    void Write(WorkbookContext context, WorkbookInput input);
}
