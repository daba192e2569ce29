using ShopSmart.Core.Insights;
using ShopSmart.ExcelExport.Commands;
using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>
/// What the sheets are written from: the mart data, the latest model run's data, the recommendations built from both
/// (shared with the analysis report) and the options.
/// </summary>
public sealed record WorkbookInput(MartSnapshot Mart, ModelSnapshot Models, IReadOnlyList<Recommendation> Recommendations, ExportOptions Options)
{
    public DateOnly RunDate => Options.EffectiveRunDate;
}
