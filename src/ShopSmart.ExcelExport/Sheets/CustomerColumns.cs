using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>The customer columns the target lists share, each defined (and explained) once.</summary>
public static class CustomerColumns
{
    public static readonly ColumnSpec<CustomerScore> Customer = new("Customer", CellFormat.Text, c => c.CustomerId, "The customer's id in the shop (CustomerID).");
    public static readonly ColumnSpec<CustomerScore> Country = new("Country", CellFormat.Text, c => c.Country, "The customer's country.");
    public static readonly ColumnSpec<CustomerScore> Segment = new("RFM segment", CellFormat.Text, c => c.Segment, "RFM segment (see the Segments sheet).");
    public static readonly ColumnSpec<CustomerScore> Cluster = new("Cluster", CellFormat.Text, c => c.ClusterName, "k-means cluster of the latest model run.");
    public static readonly ColumnSpec<CustomerScore> LastOrder = new("Last order", CellFormat.Date, c => c.LastPurchaseAt?.Date, "Date of the customer's last purchase.");
    public static readonly ColumnSpec<CustomerScore> DaysSince = new("Days since last order", CellFormat.Integer, c => c.RecencyDays, "Days from the last purchase to the day after the last invoice in the data.");
    public static readonly ColumnSpec<CustomerScore> Orders = new("Orders", CellFormat.Integer, c => c.Frequency, "Orders placed to date.");
    public static readonly ColumnSpec<CustomerScore> Spend = new("Spend to date", CellFormat.Money, c => c.Monetary, "Net spend to date (purchases less cancellations).");
    public static readonly ColumnSpec<CustomerScore> Basket = new("Average basket", CellFormat.MoneyCents, c => c.AvgBasket, "Average order value to date.");
    public static readonly ColumnSpec<CustomerScore> Since = new("Customer since", CellFormat.Date, c => c.FirstPurchaseAt?.Date, "Date of the first purchase.");
    public static readonly ColumnSpec<CustomerScore> PBuy = new("P(buy)", CellFormat.Percent, c => c.PBuy, "Probability that the customer buys in the model's horizon (purchase propensity model).");
    public static readonly ColumnSpec<CustomerScore> Churn = new("Churn probability", CellFormat.Percent, c => c.ChurnProbability, "1 − P(buy): probability that the customer does not buy in the horizon.");
    public static readonly ColumnSpec<CustomerScore> PAlive = new("P(alive)", CellFormat.Percent, c => c.PAlive, "BG/NBD probability that the customer is still active.");
    public static readonly ColumnSpec<CustomerScore> Clv = new("12-month CLV", CellFormat.Money, c => c.Clv, "Customer lifetime value over the next 12 months, discounted (BG/NBD + Gamma-Gamma).");
    public static readonly ColumnSpec<CustomerScore> ValueAtRisk = new("Value at risk", CellFormat.Money, c => TargetRules.ValueAtRisk(c), "Churn probability × 12-month CLV: what losing the customer would cost.");
    public static readonly ColumnSpec<CustomerScore> PredictedSpend = new("Predicted spend", CellFormat.Money, c => c.PredictedSpend, "Spend the model predicts for the horizon.");
    public static readonly ColumnSpec<CustomerScore> ExpectedPurchases = new("Expected purchases", CellFormat.Decimal, c => c.ExpectedPurchases, "Purchases BG/NBD expects in the horizon.");
    public static readonly ColumnSpec<CustomerScore> NextBest = new("Next best product", CellFormat.Text, c => c.NextBestDescription ?? c.NextBestStockCode, "The product to offer next (see the Cross-sell list).");
}
