using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Win-back list: the customers the win-back recommendation counts (see <see cref="TargetRules.WinBack"/>).</summary>
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

    public void Write(WorkbookContext context, WorkbookInput input) =>
        TargetListWriter.Write(
            context, Name, "Win-back: customers at risk who are worth keeping",
            "RFM segments At Risk and Can't Lose Them (bought often and for much, not lately), as in the win-back recommendation; "
            + (input.Models.HasRun ? "largest value at risk first" : "largest past spend first (churn and CLV come with the first model run)"),
            "WinBack", Columns, TargetRules.WinBack(input.Mart.Customers),
            "mart.v_customer_360", input.Mart.Customers.Count == 0 ? MissingData.NoCustomers : "No customer is in the At Risk or Can't Lose Them segments.");
}
