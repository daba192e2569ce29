using System.Globalization;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Win-back list: customers likely to be lost who are worth keeping (see <see cref="TargetRules.WinBack"/>).</summary>
public sealed class WinBackSheet : IWorkbookSheet
{
    public const string SheetName = "Win-back list";

    public static readonly IReadOnlyList<ColumnSpec<CustomerScore>> Columns =
    [
        CustomerColumns.Customer, CustomerColumns.Country, CustomerColumns.Segment, CustomerColumns.Churn, CustomerColumns.Clv,
        CustomerColumns.ValueAtRisk, CustomerColumns.PAlive, CustomerColumns.DaysSince, CustomerColumns.LastOrder, CustomerColumns.Orders,
        CustomerColumns.Spend, CustomerColumns.NextBest,
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var minChurn = input.Options.WinBackMinChurn;
        TargetListWriter.Write(
            context, Name, "Win-back: customers at risk who are worth keeping",
            $"Churn probability ≥ {minChurn.ToString("0%", CultureInfo.InvariantCulture)} and 12-month CLV at or above the median of scored customers; largest value at risk first",
            "WinBack", Columns, input.Models.HasRun ? TargetRules.WinBack(input.Mart.Customers, minChurn) : [],
            "mart.v_customer_360", input.Models.HasRun ? "No customer meets the rule in the latest model run." : MissingData.NoModelRun);
    }
}
