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
            "mart.v_customer_360", input.Mart.Customers.Count == 0 ? MissingData.NoCustomers : "No customer is in the At Risk or Can't Lose Them segments.",
            UninformativePAlive(input.Mart.Customers));

    /// <summary>
    /// When the BG/NBD fit finds almost no drop-out, P(alive) is ~100% for everyone and says nothing about whom to
    /// win back; beside churn probabilities of 40–80% it would read as a contradiction, so the list says so.
    /// </summary>
    public static string? UninformativePAlive(IReadOnlyList<CustomerScore> customers)
    {
        var scored = customers.Where(c => c.PAlive is not null).ToList();
        return scored.Count > 0 && scored.All(c => c.PAlive >= 0.99)
            ? "P(alive) is 99% or more for every customer: the lifetime model finds almost no drop-out in these data, so read the churn probability instead"
            : null;
    }
}
