using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Loyalty list: the Champions (see <see cref="TargetRules.Loyalty"/>); model columns fill in after a model run.</summary>
public sealed class LoyaltySheet : IWorkbookSheet
{
    public const string SheetName = "Loyalty list";

    public static readonly IReadOnlyList<ColumnSpec<CustomerScore>> Columns =
    [
        CustomerColumns.Customer, CustomerColumns.Country, CustomerColumns.Spend, CustomerColumns.Orders, CustomerColumns.Basket,
        CustomerColumns.DaysSince, CustomerColumns.Since, CustomerColumns.Clv, CustomerColumns.PBuy, CustomerColumns.Cluster,
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var who = "RFM Champions: bought recently, often and for much; highest spend first" +
            (input.Models.HasRun ? string.Empty : ". CLV, P(buy) and cluster appear after the first model run");
        TargetListWriter.Write(
            context, Name, "Loyalty: the best customers", who, "Loyalty", Columns, TargetRules.Loyalty(input.Mart.Customers),
            "mart.v_customer_360", input.Mart.Customers.Count == 0 ? MissingData.NoCustomers : "No customer is in the Champions segment yet.");
    }
}
