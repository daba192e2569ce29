using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Revenue and customers by country: the top N of <c>mart.v_sales_by_country</c> and "Other", with bar charts.</summary>
public sealed class CountriesSheet : IWorkbookSheet
{
    public const string SheetName = "Countries";
    private const string Source = "mart.v_sales_by_country";

    public static readonly IReadOnlyList<ColumnSpec<CountrySales>> Columns =
    [
        new("Country", CellFormat.Text, c => c.Country, "Country of the order lines; \"Other\" sums the countries below the top N."),
        new("Net revenue", CellFormat.Money, c => c.NetRevenue, "Gross revenue plus cancellations."),
        new("Gross revenue", CellFormat.Money, c => c.GrossRevenue, "Revenue of clean product sales."),
        new("Share of revenue", CellFormat.Percent, c => c.ShareOfRevenue, "The country's share of all gross revenue."),
        new("Customers", CellFormat.Integer, c => c.Customers, "Known customers who bought there (a customer who bought in two countries counts in both)."),
        new("Orders", CellFormat.Integer, c => c.Orders, "Invoices with at least one clean sale."),
        new("Average order value", CellFormat.MoneyCents, c => c.AvgOrderValue, "Gross revenue / orders."),
        new("Return rate", CellFormat.Percent, c => c.ReturnRate, "Cancelled value as a share of gross revenue."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    /// <summary>The first <paramref name="top"/> countries by gross revenue, then one "Other" row summing the rest.</summary>
    public static IReadOnlyList<CountrySales> TopAndOther(IReadOnlyList<CountrySales> countries, int top)
    {
        var ranked = countries.OrderByDescending(c => c.GrossRevenue).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
        if (ranked.Count <= top + 1)
        {
            return ranked;
        }

        var rest = ranked.Skip(top).ToList();
        var gross = rest.Sum(c => c.GrossRevenue);
        var cancelled = rest.Sum(c => c.CancellationValue);
        var orders = rest.Sum(c => c.Orders);
        var other = new CountrySales(
            $"Other ({rest.Count} countries)", gross, cancelled, gross + cancelled, orders, rest.Sum(c => c.Customers),
            rest.Sum(c => c.ShareOfRevenue ?? 0), orders == 0 ? null : gross / orders, gross == 0 ? null : -cancelled / gross,
            rest.Sum(c => c.CustomerRevenue));
        return [.. ranked.Take(top), other];
    }

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("Countries", $"Revenue and customers by country: the top {input.Options.TopCountries} and the rest as \"Other\"");
        var rows = TopAndOther(input.Mart.Countries, input.Options.TopCountries);
        var table = sheet.Table("Countries", Columns, rows.ToList(), Source, MissingData.NoSales);
        if (table is not null)
        {
            var height = Math.Max(14, (rows.Count * 1) + 6);
            sheet.Chart(Bar(table, "Net revenue", "Net revenue by country", 1, sheet.Row, 4, height, "\"£\"#,##0", 0));
            sheet.Chart(Bar(table, "Customers", "Customers by country", 5, sheet.Row, 4, height, "#,##0", 1));
            sheet.MoveBelow(sheet.Row + height + 1);
        }

        sheet.Finish(Layout);
    }

    private static ChartSpec Bar(TablePlacement table, string column, string title, int fromColumn, int row, int columns, int rows, string format, int colour) =>
        new(
            ChartKind.Bar,
            title,
            table.Data("Country"),
            [new ChartSeries(table.Header(column), table.Data(column), Palette.ForSeries(colour))],
            ChartAnchor.At(fromColumn, row, columns, rows),
            ValueFormat: format);
}
