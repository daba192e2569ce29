using ClosedXML.Excel;
using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Top products by revenue with return rates and ABC class (<c>mart.v_product_performance</c>), and a bar chart.</summary>
public sealed class ProductsSheet : IWorkbookSheet
{
    public const string SheetName = "Products";
    private const string Source = "mart.v_product_performance";

    public static readonly IReadOnlyList<ColumnSpec<ProductSales>> Columns =
    [
        new("Rank", CellFormat.Integer, p => p.RevenueRank, "Rank by revenue, 1 = highest (ties share a rank)."),
        new("Stock code", CellFormat.Text, p => p.StockCode, "The product's stock code."),
        new("Description", CellFormat.Text, p => p.Description, "The product's most common description."),
        new("Revenue", CellFormat.Money, p => p.Revenue, "Gross revenue of clean sales of the product."),
        new("Net revenue", CellFormat.Money, p => p.NetRevenue, "Revenue plus the product's cancellations."),
        new("Units", CellFormat.Integer, p => p.Units, "Items sold."),
        new("Orders", CellFormat.Integer, p => p.Orders, "Invoices containing the product."),
        new("Customers", CellFormat.Integer, p => p.Customers, "Known customers who bought it."),
        new("Return rate", CellFormat.Percent, p => p.ReturnRate, "Cancelled value as a share of the product's revenue."),
        new("Share of revenue", CellFormat.Percent, p => p.RevenueShare, "The product's share of all product revenue."),
        new("Cumulative share", CellFormat.Percent, p => p.CumulativeShare, "Share of revenue of this product and all above it."),
        new("ABC class", CellFormat.Text, p => p.AbcClass, "Pareto class: A = the products making the first 80% of revenue, B = the next 15%, C = the rest."),
    ];

    public static readonly IReadOnlyList<ColumnSpec<AbcClassTotal>> AbcColumns =
    [
        new("Class", CellFormat.Text, a => a.AbcClass, "Pareto (ABC) class of the products."),
        new("Products", CellFormat.Integer, a => a.Products, "Products in the class."),
        new("Class revenue", CellFormat.Money, a => a.Revenue, "Gross revenue of the class."),
        new("Class share", CellFormat.Percent, a => a.ShareOfRevenue, "The class's share of all product revenue."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        var top = input.Options.TopProducts;
        sheet.Title("Products", $"The top {top} products by revenue, their return rates and ABC class");
        var rows = input.Mart.Products.Take(top).ToList();
        var table = sheet.Table("TopProducts", Columns, rows, Source, MissingData.NoSales);
        if (table is not null)
        {
            sheet.Sheet.Range(table.FirstDataRow, table.Column("ABC class"), table.LastDataRow, table.Column("ABC class"))
                .Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
            sheet.Heading("ABC classes (all products)");
            sheet.Table("AbcClasses", AbcColumns, AbcClassTotal.From(input.Mart.Products).ToList(), Source, MissingData.NoSales);
            var height = Math.Max(18, rows.Count + 6);
            sheet.Chart(new ChartSpec(
                ChartKind.Bar,
                $"Top {rows.Count} products by revenue",
                table.Data("Description"),
                [new ChartSeries(table.Header("Revenue"), table.Data("Revenue"), Palette.ForSeries(0))],
                ChartAnchor.At(1, sheet.Row, Columns.Count, height),
                ValueFormat: "\"£\"#,##0"));
            sheet.MoveBelow(sheet.Row + height + 1);
        }

        sheet.Finish(Layout);
    }
}
