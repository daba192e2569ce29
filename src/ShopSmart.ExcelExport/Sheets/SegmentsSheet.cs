using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>RFM segment sizes and spend (<c>mart.v_customer_rfm</c>) in the segment colours, and the latest model run's RFM and cluster profiles.</summary>
public sealed class SegmentsSheet : IWorkbookSheet
{
    public const string SheetName = "Segments";
    private const string Source = "mart.v_customer_rfm";

    public static readonly IReadOnlyList<ColumnSpec<SegmentShare>> Columns =
    [
        new("Segment", CellFormat.Text, s => s.Segment, "RFM segment, from the recency score and the combined frequency-monetary score (see docs/data-dictionary.md)."),
        new("Customers", CellFormat.Integer, s => s.Customers, "Known customers in the segment."),
        new("Share of customers", CellFormat.Percent, s => s.CustomerShare, "The segment's share of all customers with a purchase."),
        new("Net spend", CellFormat.Money, s => s.Revenue, "Total net spend of the segment's customers to date."),
        new("Share of spend", CellFormat.Percent, s => s.RevenueShare, "The segment's share of all customers' net spend."),
        new("Mean days since last order", CellFormat.Decimal, s => s.RecencyDays, "Mean recency: days from the last purchase to the day after the last invoice."),
        new("Mean orders", CellFormat.Decimal, s => s.Frequency, "Mean number of orders per customer."),
        new("Mean spend", CellFormat.MoneyCents, s => s.Monetary, "Mean net spend per customer."),
        new("Mean basket", CellFormat.MoneyCents, s => s.AvgBasket, "Mean of the customers' average order values."),
    ];

    public static readonly IReadOnlyList<ColumnSpec<SegmentProfile>> ProfileColumns =
    [
        new("Group", CellFormat.Text, p => p.Name, "The RFM segment or k-means cluster (clusters are named by the naming rule)."),
        new("Customers in group", CellFormat.Integer, p => p.Customers, "Customers in the group at the model run."),
        new("Customer share", CellFormat.Percent, p => p.CustomerShare, "The group's share of the customers."),
        new("Spend share", CellFormat.Percent, p => p.RevenueShare, "The group's share of the customers' spend."),
        new("Days since last order", CellFormat.Decimal, p => p.RecencyDays, "Mean recency of the group, in days."),
        new("Orders per customer", CellFormat.Decimal, p => p.Frequency, "Mean orders per customer."),
        new("Spend per customer", CellFormat.MoneyCents, p => p.Monetary, "Mean net spend per customer."),
        new("Basket", CellFormat.MoneyCents, p => p.AvgBasket, "Mean average order value."),
        new("Mean P(buy)", CellFormat.Percent, p => p.PBuy, "Mean probability of buying in the model's horizon."),
        new("Mean 12-month CLV", CellFormat.Money, p => p.Clv, "Mean customer lifetime value over the next 12 months."),
        new("Why this name", CellFormat.Text, p => p.NamingReason, "For clusters: the figures the naming rule read."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("Segments", "RFM segments: how many customers, how much of the spend, and how they buy");
        sheet.Heading("RFM segments");
        var segments = SegmentShare.From(input.Mart.Segments);
        var table = sheet.Table("RfmSegments", Columns, segments.ToList(), Source, MissingData.NoCustomers);
        if (table is not null)
        {
            var colours = segments.Select(s => Palette.ForSegment(s.Segment)).ToList();
            var height = Math.Max(15, segments.Count + 6);
            sheet.Chart(Bar(table, "Customers", "Customers by RFM segment", 1, sheet.Row, 4, colours, "#,##0", height));
            sheet.Chart(Bar(table, "Share of spend", "Share of spend by RFM segment", 5, sheet.Row, 5, colours, "0%", height));
            sheet.MoveBelow(sheet.Row + height + 1);
        }

        var profiles = input.Models.Profiles;
        sheet.Heading("Profiles of the latest model run");
        var empty = input.Models.HasRun ? "The latest model run has no profiles." : MissingData.NoModelRun;
        var rfm = profiles.Where(p => p.Segmentation == "rfm").OrderBy(p => SegmentShare.Rank(p.Name)).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        sheet.Table("RfmProfiles", ProfileColumns, rfm, "ml.segment_profile (rfm)", empty);
        if (input.Models.HasRun)
        {
            sheet.Heading("k-means clusters");
            var clusters = profiles.Where(p => p.Segmentation == "cluster").OrderBy(p => p.SegmentId).ToList();
            sheet.Table("ClusterProfiles", ProfileColumns, clusters, "ml.segment_profile (cluster)", "The latest model run has no clusters.");
        }

        sheet.Finish(Layout);
    }

    private static ChartSpec Bar(TablePlacement table, string column, string title, int fromColumn, int row, int columns, IReadOnlyList<string> colours, string format, int height) =>
        new(
            ChartKind.Bar,
            title,
            table.Data("Segment"),
            [new ChartSeries(table.Header(column), table.Data(column), Palette.ForSeries(0), PointColours: colours)],
            ChartAnchor.At(fromColumn, row, columns, height),
            ValueFormat: format);
}
