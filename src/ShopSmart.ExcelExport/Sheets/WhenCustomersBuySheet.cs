using System.Globalization;
using ClosedXML.Excel;
using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Weekday x hour heatmaps of revenue and orders (<c>mart.v_sales_weekday_hour</c>), coloured by a colour scale.</summary>
public sealed class WhenCustomersBuySheet : IWorkbookSheet
{
    public const string SheetName = "When customers buy";
    private const string Source = "mart.v_sales_weekday_hour";

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("When customers buy", "Revenue and orders by weekday and hour of the invoice (darker = more); empty cells had no sales");
        var cells = input.Mart.WeekdayHours;
        if (cells.Count == 0)
        {
            sheet.Note(MissingData.NoSales);
            sheet.Finish(Layout);
            return;
        }

        var hours = Enumerable.Range(cells.Min(c => c.Hour), cells.Max(c => c.Hour) - cells.Min(c => c.Hour) + 1).ToList();
        sheet.Heading("Revenue");
        Grid(sheet, cells, hours, c => c.Revenue, CellFormat.Money);
        sheet.Heading("Orders");
        Grid(sheet, cells, hours, c => c.Orders, CellFormat.Integer);
        sheet.Describe("Weekday", "Day of the week of the invoice (Monday first).", "text", Source);
        sheet.Describe($"{hours[0]}–{hours[^1]} (hour columns)", "Hour of the invoice time; the cell holds the revenue (first grid) or orders (second grid) of that weekday and hour.", "GBP (£) / count", Source);
        sheet.Finish(Layout);
    }

    /// <summary>The weekday and hour of a grid cell: rows are ISO weekdays 1–7, columns are the hours.</summary>
    public static (int Row, int Column) Position(int headerRow, int isoWeekday, int hour, int firstHour) => (headerRow + isoWeekday, 2 + hour - firstHour);

    private static void Grid(SheetWriter sheet, IReadOnlyList<WeekdayHourSales> cells, IReadOnlyList<int> hours, Func<WeekdayHourSales, double> value, CellFormat format)
    {
        var header = sheet.Row;
        sheet.PutHeader(header, 1, "Weekday");
        foreach (var hour in hours)
        {
            sheet.Put(header, 2 + hour - hours[0], hour.ToString("00", CultureInfo.InvariantCulture) + ":00");
        }

        sheet.StyleHeader(header, 1, hours.Count + 1);
        for (var day = 1; day <= 7; day++)
        {
            sheet.Put(header + day, 1, WeekdayName(day, cells)).Style.Font.SetBold();
        }

        foreach (var cell in cells)
        {
            var (row, column) = Position(header, cell.IsoWeekday, cell.Hour, hours[0]);
            sheet.Put(row, column, value(cell), format);
        }

        var grid = sheet.Sheet.Range(header + 1, 2, header + 7, hours.Count + 1);
        grid.Style.NumberFormat.Format = CellFormats.Code(format);
        grid.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorderColor(XLColor.FromHtml("#BFBFBF"));
        grid.AddConditionalFormat().ColorScale().LowestValue(XLColor.FromHtml(Palette.ScaleLow)).HighestValue(XLColor.FromHtml(Palette.ScaleHigh));
        sheet.MoveBelow(header + 9);
    }

    private static string WeekdayName(int isoWeekday, IReadOnlyList<WeekdayHourSales> cells) =>
        cells.FirstOrDefault(c => c.IsoWeekday == isoWeekday)?.WeekdayName
            ?? CultureInfo.InvariantCulture.DateTimeFormat.GetDayName((DayOfWeek)(isoWeekday % 7));
}
