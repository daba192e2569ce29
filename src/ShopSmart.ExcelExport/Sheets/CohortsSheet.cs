using System.Globalization;
using ClosedXML.Excel;
using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>The retention triangle of <c>mart.v_cohort_retention</c>: share of each monthly cohort buying N months later.</summary>
public sealed class CohortsSheet : IWorkbookSheet
{
    public const string SheetName = "Cohorts";
    private const string Source = "mart.v_cohort_retention";

    /// <summary>The grid's header row; cohorts start on the row below, month offset 0 in column 3.</summary>
    public const int HeaderRow = 5;

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("Cohorts", "Share of each month's new customers who bought again N months later (month 0 = the month of their first purchase)");
        var cells = input.Mart.Cohorts;
        if (cells.Count == 0)
        {
            sheet.Heading("Retention");
            sheet.Note(MissingData.NoCustomers);
            sheet.Finish(Layout);
            return;
        }

        sheet.Heading("Retention");
        var cohorts = cells.GroupBy(c => c.CohortMonth, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var lastIndex = cells.Max(c => MonthIndex(c.ActivityMonth));
        var maxOffset = lastIndex - MonthIndex(cohorts[0].Key);
        sheet.PutHeader(HeaderRow, 1, "Cohort");
        sheet.PutHeader(HeaderRow, 2, "Customers");
        for (var offset = 0; offset <= maxOffset; offset++)
        {
            sheet.Put(HeaderRow, 3 + offset, $"Month {offset}");
        }

        sheet.StyleHeader(HeaderRow, 1, maxOffset + 3);
        var row = HeaderRow + 1;
        foreach (var cohort in cohorts)
        {
            sheet.Put(row, 1, cohort.Key).Style.Font.SetBold();
            sheet.Put(row, 2, cohort.First().CohortSize, CellFormat.Integer);
            var byOffset = cohort.ToDictionary(c => c.MonthsSinceFirstPurchase);
            var observed = lastIndex - MonthIndex(cohort.Key);
            for (var offset = 0; offset <= observed; offset++)
            {
                // A month the cohort was observed in but nobody bought is absent from the view: it is 0, not unknown.
                sheet.Put(row, 3 + offset, byOffset.TryGetValue(offset, out var cell) ? cell.RetentionPct / 100 : 0.0, CellFormat.Percent);
            }

            row++;
        }

        var lastRow = row - 1;
        sheet.Sheet.Range(HeaderRow + 1, 3, lastRow, maxOffset + 3).Style.NumberFormat.Format = "0%";
        if (maxOffset >= 1)
        {
            // Month 0 is 100% by definition; the scale starts at month 1 so it shows the differences that matter.
            sheet.Sheet.Range(HeaderRow + 1, 4, lastRow, maxOffset + 3).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml(Palette.ScaleLow)).HighestValue(XLColor.FromHtml(Palette.ScaleHigh));
        }

        sheet.MoveBelow(lastRow + 2);
        sheet.Note("Empty cells: months after the end of the data.");
        sheet.Describe("Cohort", "Month of the customers' first purchase (yyyy-MM).", "text", Source);
        sheet.Describe("Customers", "Customers acquired in the cohort month.", "count", Source);
        sheet.Describe("Month N", "Share of the cohort who bought N months after their first month (0 when nobody did).", CellFormats.Describe(CellFormat.Percent), Source);
        sheet.Finish(Layout);
    }

    private static int MonthIndex(string yearMonth)
    {
        var month = DateOnly.ParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (month.Year * 12) + month.Month;
    }
}
