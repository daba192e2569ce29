using System.Globalization;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Promotion list: customers likely to buy soon (see <see cref="TargetRules.Promotion"/>).</summary>
public sealed class PromotionSheet : IWorkbookSheet
{
    public const string SheetName = "Promotion list";

    public static readonly IReadOnlyList<ColumnSpec<CustomerScore>> Columns =
    [
        CustomerColumns.Customer, CustomerColumns.Country, CustomerColumns.Segment, CustomerColumns.PBuy, CustomerColumns.PredictedSpend,
        CustomerColumns.ExpectedPurchases, CustomerColumns.DaysSince, CustomerColumns.Orders, CustomerColumns.Basket, CustomerColumns.NextBest,
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var minimum = input.Options.PromotionMinProbability;
        var horizon = input.Models.HorizonDays("purchase_propensity");
        TargetListWriter.Write(
            context, Name, "Promotion: customers likely to buy soon",
            $"P(buy) in the next {horizon?.ToString(CultureInfo.InvariantCulture) ?? "H"} days ≥ {minimum.ToString("0%", CultureInfo.InvariantCulture)}; most likely first",
            "Promotion", Columns, input.Models.HasRun ? TargetRules.Promotion(input.Mart.Customers, minimum) : [],
            "mart.v_customer_360", input.Models.HasRun ? "No customer meets the rule in the latest model run." : MissingData.NoModelRun);
    }
}
