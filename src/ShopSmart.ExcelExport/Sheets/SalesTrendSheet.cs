using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Monthly revenue and orders: the table of <c>mart.v_sales_monthly</c> and a column + line chart.</summary>
public sealed class SalesTrendSheet : IWorkbookSheet
{
    public const string SheetName = "Sales trend";
    private const string Source = "mart.v_sales_monthly";

    public static readonly IReadOnlyList<ColumnSpec<MonthlySales>> Columns =
    [
        new("Month", CellFormat.Text, m => m.YearMonth, "Calendar month (yyyy-MM)."),
        new("Net revenue", CellFormat.Money, m => m.NetRevenue, "Gross revenue plus cancellations (negative)."),
        new("Gross revenue", CellFormat.Money, m => m.GrossRevenue, "Revenue of clean product sales."),
        new("Cancellations", CellFormat.Money, m => m.CancellationValue, "Value of cancelled lines in the month (≤ 0)."),
        new("Orders", CellFormat.Integer, m => m.Orders, "Invoices with at least one clean sale."),
        new("Customers", CellFormat.Integer, m => m.Customers, "Known customers who bought in the month."),
        new("New customers", CellFormat.Integer, m => m.NewCustomers, "Customers whose first purchase ever is in the month."),
        new("Returning customers", CellFormat.Integer, m => m.ReturningCustomers, "Customers who had bought in an earlier month."),
        new("Average order value", CellFormat.MoneyCents, m => m.AvgOrderValue, "Gross revenue / orders."),
        new("Cancellation rate", CellFormat.Percent, m => m.CancellationRate, "Cancelled value as a share of gross revenue."),
        new("Growth vs previous month", CellFormat.Percent, m => m.NetRevenueGrowth, "Change of net revenue against the previous month with sales."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("Sales trend", "Monthly net revenue (columns) and orders (line)");
        var table = sheet.Table("SalesTrend", Columns, input.Mart.Months.ToList(), Source, MissingData.NoSales);
        if (table is not null)
        {
            if (input.Mart.LastInvoiceAt is { } last && last.AddDays(1).Month == last.Month)
            {
                sheet.Note($"{input.Mart.Months[^1].YearMonth} is not complete: the data ends on {last:d MMM yyyy}.");
            }

            sheet.Skip();
            sheet.Chart(new ChartSpec(
                ChartKind.ColumnLine,
                "Net revenue and orders by month",
                table.Data("Month"),
                [
                    new ChartSeries(table.Header("Net revenue"), table.Data("Net revenue"), Palette.ForSeries(0)),
                    new ChartSeries(table.Header("Orders"), table.Data("Orders"), Palette.ForSeries(1), OnSecondaryAxis: true),
                ],
                ChartAnchor.At(1, sheet.Row, Columns.Count, 20),
                ValueFormat: "\"£\"#,##0",
                SecondaryFormat: "#,##0"));
            sheet.MoveBelow(sheet.Row + 21);
        }

        sheet.Finish(Layout);
    }
}
