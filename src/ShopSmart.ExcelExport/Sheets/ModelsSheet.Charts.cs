using ShopSmart.Core.Presentation;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>The chart sections of the Models sheet: lift and capture, feature importance, CLV distribution.</summary>
public sealed partial class ModelsSheet
{
    private const int MaxFeatures = 15;
    private const int ChartColumns = 8;

    // Charts beside a table stay off the wide text columns (Algorithm, Note) at the right of the sheet.
    private const int SideChartColumns = 5;
    private static readonly string[] ImportanceModels = ["purchase_propensity", "spend", "product_propensity"];

    public static readonly IReadOnlyList<ColumnSpec<FeatureImportance>> ImportanceColumns =
    [
        new("Feature", CellFormat.Text, f => f.Feature, "A customer feature the model uses."),
        new("Importance", CellFormat.Metric, f => f.Importance, "How much the model's metric worsens when the feature is shuffled (permutation importance; higher = more important)."),
        new("Spread", CellFormat.Metric, f => f.ImportanceStd, "Standard deviation of the importance over the shuffles."),
    ];

    public static readonly IReadOnlyList<ColumnSpec<ClvBand>> ClvColumns =
    [
        new("CLV band", CellFormat.Text, b => b.Label, "Band of 12-month CLV (lower bound included)."),
        new("Customers in band", CellFormat.Integer, b => b.Customers, "Scored customers whose CLV falls in the band."),
        new("Total CLV", CellFormat.Money, b => b.TotalClv, "Sum of the band's customers' 12-month CLV."),
    ];

    private static void NewPage(SheetWriter sheet)
    {
        sheet.Sheet.PageSetup.AddHorizontalPageBreak(sheet.Row - 1);
    }

    private static void WriteLift(SheetWriter sheet, ModelSnapshot models)
    {
        var model = models.Lift.Any(p => p.Model == "purchase_propensity") ? "purchase_propensity" : models.Lift.Select(p => p.Model).FirstOrDefault();
        if (model is null)
        {
            return;
        }

        NewPage(sheet);
        sheet.Heading($"Lift and capture by decile: {model}");
        sheet.Note("Customers sorted by score and cut into tenths (decile 1 = top scores). Lift = buyers in the decile / the average; capture = share of all buyers found down to that decile.");
        var points = models.Lift.Where(p => p.Model == model).ToList();
        var baselines = models.Metrics.Where(m => m.Model == model && m.IsBaseline).Select(m => m.Candidate).ToHashSet(StringComparer.Ordinal);
        var candidates = points.Select(p => p.Candidate).Distinct().OrderBy(baselines.Contains).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var deciles = points.Select(p => p.Decile).Distinct().Order().ToList();
        var lead = candidates[0];

        var header = sheet.Row;
        sheet.PutHeader(header, 1, "Decile");
        for (var c = 0; c < candidates.Count; c++)
        {
            sheet.PutHeader(header, 2 + c, $"Lift: {candidates[c]}");
        }

        var captureColumn = 2 + candidates.Count;
        sheet.PutHeader(header, captureColumn, $"Capture: {lead}");
        sheet.StyleHeader(header, 1, captureColumn);
        var byKey = points.ToDictionary(p => (p.Candidate, p.Decile));
        for (var d = 0; d < deciles.Count; d++)
        {
            var row = header + 1 + d;
            sheet.Put(row, 1, $"Decile {deciles[d]}");
            for (var c = 0; c < candidates.Count; c++)
            {
                sheet.Put(row, 2 + c, byKey.GetValueOrDefault((candidates[c], deciles[d]))?.Lift, CellFormat.Decimal);
            }

            sheet.Put(row, captureColumn, byKey.GetValueOrDefault((lead, deciles[d]))?.Capture, CellFormat.Percent);
        }

        var last = header + deciles.Count;
        Range Column(int column) => new(new SheetRange(sheet.Name, column, header + 1, last), SheetRange.Cell(sheet.Name, header, column));
        var series = candidates.Select((c, i) => new ChartSeries(Column(2 + i).Name, Column(2 + i).Values, Palette.ForSeries(i))).ToList();
        series.Add(new ChartSeries(Column(captureColumn).Name, Column(captureColumn).Values, Palette.ForSeries(candidates.Count), OnSecondaryAxis: true));
        sheet.Chart(new ChartSpec(
            ChartKind.ColumnLine, $"Lift (columns) and capture (line) by decile: {model}", Column(1).Values, series,
            ChartAnchor.At(1, last + 2, ChartColumns, 18), ValueFormat: "0.0", SecondaryFormat: "0%"));
        sheet.MoveBelow(last + 21);
        sheet.Describe("Decile, Lift, Capture", "Lift of each candidate per score decile, and the cumulative share of buyers the model finds down to that decile.", "ratio / %", "ml.model_curve (lift)");
    }

    private static void WriteImportance(SheetWriter sheet, ModelSnapshot models)
    {
        foreach (var model in ImportanceModels.Where(m => models.Importance.Any(f => f.Model == m)))
        {
            NewPage(sheet);
            var features = models.Importance.Where(f => f.Model == model).OrderBy(f => f.Rank).Take(MaxFeatures).ToList();
            sheet.Heading($"What drives {model} (top {features.Count} features, change in {features[0].Metric} when shuffled)");
            var top = sheet.Row;
            var table = sheet.Table($"Importance_{model}", ImportanceColumns, features, "ml.feature_importance", "No feature importance.")!;
            var height = Math.Max(14, (features.Count * 3 / 2) + 6);
            sheet.Chart(new ChartSpec(
                ChartKind.Bar, $"Feature importance: {model}", table.Data("Feature"),
                [new ChartSeries(table.Header("Importance"), table.Data("Importance"), Palette.ForSeries(0))],
                ChartAnchor.At(table.LastColumn + 2, top, SideChartColumns, height), ValueFormat: "0.000"));
            sheet.MoveBelow(top + height + 1);
        }
    }

    private static void WriteClv(SheetWriter sheet, IReadOnlyList<CustomerScore> customers)
    {
        var bands = ClvBand.From(customers.Where(c => c.Clv is not null).Select(c => c.Clv!.Value));
        if (bands.Count == 0)
        {
            return;
        }

        NewPage(sheet);
        sheet.Heading("CLV distribution (12 months, discounted)");
        var top = sheet.Row;
        var table = sheet.Table("ClvBands", ClvColumns, bands.ToList(), "mart.v_customer_360 (clv)", "No CLV.")!;
        sheet.Chart(new ChartSpec(
            ChartKind.Column, "Customers by 12-month CLV", table.Data("CLV band"),
            [new ChartSeries(table.Header("Customers in band"), table.Data("Customers in band"), Palette.ForSeries(2))],
            ChartAnchor.At(table.LastColumn + 2, top, SideChartColumns, 16), ValueFormat: "#,##0"));
        sheet.MoveBelow(top + 17);
    }

    private sealed record Range(SheetRange Values, SheetRange Name);
}
