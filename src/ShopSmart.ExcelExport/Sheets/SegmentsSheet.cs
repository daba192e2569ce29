using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>RFM segment sizes and spend (<c>mart.v_customer_rfm</c>) with bar charts in the segment colours.</summary>
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
            sheet.Chart(Bar(table, "Customers", "Customers by RFM segment", 1, sheet.Row, colours, "#,##0", height));
            sheet.Chart(Bar(table, "Share of spend", "Share of spend by RFM segment", 4, sheet.Row, colours, "0%", height));
            sheet.MoveBelow(sheet.Row + height + 1);
        }

        sheet.Finish(Layout);
    }

    private static ChartSpec Bar(TablePlacement table, string column, string title, int fromColumn, int row, IReadOnlyList<string> colours, string format, int height) =>
        new(
            ChartKind.Bar,
            title,
            table.Data("Segment"),
            [new ChartSeries(table.Header(column), table.Data(column), Palette.ForSeries(0), PointColours: colours)],
            ChartAnchor.At(fromColumn, row, 3, height),
            ValueFormat: format);
}
