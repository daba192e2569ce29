using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Cross-sell list: each customer's next-best product and the rule behind it (see <see cref="TargetRules.CrossSell"/>).</summary>
public sealed class CrossSellSheet : IWorkbookSheet
{
    public const string SheetName = "Cross-sell list";

    public static readonly IReadOnlyList<ColumnSpec<CrossSellTarget>> Columns =
    [
        new("Customer", CellFormat.Text, t => t.Customer.CustomerId, CustomerColumns.Customer.Meaning),
        new("Country", CellFormat.Text, t => t.Customer.Country, CustomerColumns.Country.Meaning),
        new("RFM segment", CellFormat.Text, t => t.Customer.Segment, CustomerColumns.Segment.Meaning),
        new("Offer (stock code)", CellFormat.Text, t => t.Offer.StockCode, "Stock code of the product to offer: one the customer has not bought."),
        new("Offer", CellFormat.Text, t => t.Offer.Description, "Description of the product to offer."),
        new("Score", CellFormat.Metric, t => t.Offer.Score, "How strongly the product is recommended (higher = stronger)."),
        new("Based on", CellFormat.Text, t => t.Offer.Source, "Where the recommendation comes from: rules (baskets), propensity (model) or blend."),
        new("Because they bought", CellFormat.Text, t => t.Rule?.Antecedent, "The products of the association rule behind the offer, when a rule justifies it."),
        new("Rule confidence", CellFormat.Percent, t => t.Rule?.Confidence, "Share of the baskets with those products that also hold the offer."),
        new("Rule lift", CellFormat.Decimal, t => t.Rule?.Lift, "How many times more often the offer is bought with those products than on its own."),
        new("Orders", CellFormat.Integer, t => t.Customer.Frequency, CustomerColumns.Orders.Meaning),
        new("Spend to date", CellFormat.Money, t => t.Customer.Monetary, CustomerColumns.Spend.Meaning),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var models = input.Models;
        TargetListWriter.Write(
            context, Name, "Cross-sell: the next product to offer each customer",
            "Each customer's next-best product (one not bought yet) from the latest model run, with the basket rule behind it; strongest first",
            "CrossSell", Columns, TargetRules.CrossSell(input.Mart.Customers, models.Recommendations, models.RecommendationRules),
            "ml.customer_recommendation, ml.association_rule", models.HasRun ? "No recommendation in the latest model run." : MissingData.NoModelRun);
    }
}
