using System.Globalization;
using ClosedXML.Excel;
using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Kpis;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>KPIs of the last full month and the last 12 months against the periods before, data quality and range.</summary>
public sealed class OverviewSheet : IWorkbookSheet
{
    public const string SheetName = "Overview";

    /// <summary>The row of the first KPI (Net revenue); the KPI grid's headers are the two rows above.</summary>
    public const int FirstKpiRow = 7;

    public static readonly string[] Headers =
        ["KPI", "Last full month", "Month before", "Change", "Last 12 months", "12 months before", "Change vs 12 months before"];

    private const string KpiSource = "dw.v_revenue_line";

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.OnePage;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        var mart = input.Mart;
        sheet.Title("ShopSmart — marketing overview", $"Written {Day(input.RunDate)} · {DataRange(mart.FirstInvoiceAt, mart.LastInvoiceAt)}");
        sheet.Heading("Key figures");
        if (mart.Periods is null || mart.Kpis.Count == 0)
        {
            sheet.Note(MissingData.NoSales);
        }
        else
        {
            WriteKpis(sheet, mart.Periods, mart.Kpis);
        }

        sheet.Skip();
        sheet.Heading("Data");
        var load = mart.Load;
        const string Quality = "mart.v_data_quality (overall rows)";
        KeyValue(sheet, "First invoice", mart.FirstInvoiceAt, CellFormat.Date, "The earliest invoice that counts in revenue.", "dw.v_revenue_line");
        KeyValue(sheet, "Last invoice", mart.LastInvoiceAt, CellFormat.Date, "The latest invoice that counts in revenue.", "dw.v_revenue_line");
        KeyValue(sheet, "Rows read", load.RowsRead, CellFormat.Integer, "Source rows read from the loaded files.", Quality);
        KeyValue(sheet, "Rows loaded", load.RowsLoaded, CellFormat.Integer, "Rows loaded into the warehouse, flagged but never dropped.", Quality);
        KeyValue(sheet, "Rows quarantined", load.RowsRejected, CellFormat.Integer, "Rows refused (bad date, quantity...) and kept in etl.rejected_row.", Quality);
        KeyValue(sheet, "Quarantined share", load.RowsRead == 0 ? null : (double)load.RowsRejected / load.RowsRead, CellFormat.Percent, "Rows quarantined / rows read.", Quality);
        KeyValue(sheet, "Workbook written", input.RunDate, CellFormat.Date, "The run date of this workbook.", "the export run");
        var run = input.Models.Runs.FirstOrDefault();
        KeyValue(sheet, "Latest model run", run is null ? "none yet" : run.CreatedAt?.Date ?? (object)run.RunId, run?.CreatedAt is null ? CellFormat.Text : CellFormat.Date,
            "When the models behind the Models sheet and the target lists were trained; \"none yet\" before the first run.", "mart.v_model_run_latest");
        sheet.Note(load.RowsRead == 0
            ? "Data quality: no file loaded yet."
            : $"Data quality: {load.RowsLoaded:N0} of {load.RowsRead:N0} rows loaded, {load.RowsRejected:N0} quarantined.");
        sheet.Sheet.PageSetup.PrintAreas.Add(1, 1, sheet.Row, Headers.Length);
        sheet.Finish(Layout);
    }

    private static void WriteKpis(SheetWriter sheet, ReportingPeriods periods, IReadOnlyList<KpiRow> kpis)
    {
        var header = sheet.Row;
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.PutHeader(header, c + 1, Headers[c]);
        }

        sheet.StyleHeader(header, 1, Headers.Length);
        string[] labels = [string.Empty, periods.LastMonth.Label, periods.MonthBefore.Label, string.Empty, periods.LastYear.Label, periods.YearBefore.Label, string.Empty];
        for (var c = 0; c < labels.Length; c++)
        {
            sheet.Put(header + 1, c + 1, labels[c]).Style.Font.SetItalic().Font.SetFontColor(XLColor.FromHtml(Palette.Neutral));
        }

        var row = header + 2;
        foreach (var kpi in kpis)
        {
            sheet.Put(row, 1, kpi.Name).Style.Font.SetBold();
            sheet.Put(row, 2, kpi.LastMonth, kpi.Format);
            sheet.Put(row, 3, kpi.MonthBefore, kpi.Format);
            Change(sheet, row, 4, kpi.MonthChange, kpi);
            sheet.Put(row, 5, kpi.LastYear, kpi.Format);
            sheet.Put(row, 6, kpi.YearBefore, kpi.Format);
            Change(sheet, row, 7, kpi.YearChange, kpi);
            sheet.Describe(kpi.Name, kpi.Meaning, CellFormats.Describe(kpi.Format), KpiSource);
            row++;
        }

        sheet.Describe("Change", "Relative change against the period before ((now − before) / |before|); for rates, the difference in percentage points (pp). Empty when the period before has no sales.", "% or pp", KpiSource);
        sheet.MoveBelow(row);
        sheet.Note($"Last full month = {periods.LastMonth.Label}; last 12 months = {periods.LastYear.Label}. A month is full when the data reaches its last day.");
        // Data shorter than a full month leaves the reported periods themselves empty, not only those compared with.
        foreach (var (period, values, compared) in new[]
        {
            (periods.LastMonth, kpis.Select(k => k.LastMonth), false), (periods.MonthBefore, kpis.Select(k => k.MonthBefore), true),
            (periods.LastYear, kpis.Select(k => k.LastYear), false), (periods.YearBefore, kpis.Select(k => k.YearBefore), true),
        })
        {
            if (values.All(v => v is null))
            {
                sheet.Note(compared
                    ? $"No sales in {period.Label}: there is no change to show against it."
                    : $"No sales in {period.Label}: the data holds no full month yet, so its figures are empty.");
            }
        }
    }

    private static void Change(SheetWriter sheet, int row, int column, double? change, KpiRow kpi)
    {
        var inPoints = kpi.ChangeInPoints;
        // Rates change in percentage points: stored as points (2.0 = +2 pp), since a number format cannot scale by 100.
        var cell = sheet.Put(row, column, inPoints ? change * 100 : change);
        cell.Style.NumberFormat.Format = inPoints ? "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"" : "+0.0%;-0.0%;0.0%";
        if (change is { } value && value != 0)
        {
            var good = value > 0 != kpi.LowerIsBetter;
            cell.Style.Font.SetFontColor(XLColor.FromHtml(good ? "#1B7837" : "#B2182B"));
        }
    }

    private static void KeyValue(SheetWriter sheet, string label, object? value, CellFormat format, string meaning, string source)
    {
        sheet.Put(sheet.Row, 1, label).Style.Font.SetBold();
        sheet.Put(sheet.Row, 2, value, format).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        sheet.Describe(label, meaning, CellFormats.Describe(format), source);
        sheet.Skip();
    }

    private static string DataRange(DateTime? first, DateTime? last) =>
        first is { } f && last is { } l ? $"data from {Day(DateOnly.FromDateTime(f))} to {Day(DateOnly.FromDateTime(l))}" : "no data loaded yet";

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
