using ShopSmart.ExcelExport.Commands;
using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>What the sheets are written from: the mart data, the latest model run's data and the options.</summary>
public sealed record WorkbookInput(MartSnapshot Mart, ModelSnapshot Models, ExportOptions Options)
{
    public DateOnly RunDate => Options.EffectiveRunDate;
}
