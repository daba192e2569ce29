using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>
/// How good the models of the latest run are: each model against its baselines, lift and capture by decile,
/// feature importance and the CLV distribution. Each chart section starts a new printed page.
/// </summary>
public sealed partial class ModelsSheet : IWorkbookSheet
{
    public const string SheetName = "Models";

    /// <summary>The question each model answers, in a marketer's words (model names of docs/model-outputs.md).</summary>
    public static readonly IReadOnlyDictionary<string, string> Questions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["segments"] = "Who are our customer groups?",
        ["purchase_propensity"] = "Will the customer buy anything in the horizon?",
        ["product_propensity"] = "Will the customer buy this product in the horizon?",
        ["spend"] = "How much will the customer spend in the horizon?",
        ["clv"] = "What is the customer worth over 12 months?",
        ["baskets"] = "Which products are bought together?",
        ["next_best_product"] = "What should we offer each customer next?",
    };

    // Narrow columns first: the grids and charts below share the sheet's columns, and long texts print at the end.
    public static readonly IReadOnlyList<ColumnSpec<ModelRun>> RunColumns =
    [
        new("Model", CellFormat.Text, r => r.Model, "The model (names in docs/model-outputs.md)."),
        new("Status", CellFormat.Text, r => r.Status, "trained, or skipped (the reason is in Note)."),
        new("Grade", CellFormat.Text, r => r.Grade, "A/B/C: how clearly the model beats the best baseline (docs/model-grades.md)."),
        new("Primary metric", CellFormat.Text, r => r.PrimaryMetric, "The metric the model is graded on."),
        new("Model score", CellFormat.Metric, r => r.ModelValue, "The model's primary metric on the hold-out period."),
        new("Best baseline", CellFormat.Text, r => r.BaselineName, "The best simple rule it is compared with."),
        new("Baseline score", CellFormat.Metric, r => r.BaselineValue, "The best baseline's primary metric on the same hold-out."),
        new("Algorithm", CellFormat.Text, r => r.Algorithm, "The algorithm trained."),
        new("Scored customers", CellFormat.Integer, r => r.ScoredRows, "Rows scored for the lists."),
        new("Evaluation cut-off", CellFormat.Date, r => r.EvaluationCutoff, "Features before this day, outcomes after it (the hold-out)."),
        new("Horizon (days)", CellFormat.Integer, r => r.HorizonDays, "How far ahead the model predicts."),
        new("Note", CellFormat.Text, r => r.Message ?? Questions.GetValueOrDefault(r.Model), "Why a model was skipped, or what its run notes (products scored but not evaluated); otherwise the question it answers."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        var models = input.Models;
        var run = models.Runs.FirstOrDefault();
        sheet.Title("Models", run is null
            ? "How well the models predict, against simple baselines"
            : $"Latest model run {run.RunId}{(run.CreatedAt is { } at ? $" of {at:d MMM yyyy}" : string.Empty)}: how well each model predicts, against simple baselines");
        sheet.Heading("Models of the latest run");
        if (sheet.Table("ModelRuns", RunColumns, models.Runs.ToList(), "mart.v_model_run_latest", MissingData.NoModelRun) is null)
        {
            sheet.Finish(Layout);
            return;
        }

        WriteMetrics(sheet, models);
        WriteLift(sheet, models);
        WriteImportance(sheet, models);
        WriteClv(sheet, input.Mart.Customers);
        sheet.Finish(Layout);
    }

    private static void WriteMetrics(SheetWriter sheet, ModelSnapshot models)
    {
        sheet.Heading("Model against baselines (hold-out metrics)");
        var any = false;
        foreach (var model in models.Runs.Select(r => r.Model))
        {
            if (MetricPivot.For(model, models.Metrics) is not { } pivot)
            {
                continue;
            }

            any = true;
            if (Questions.TryGetValue(model, out var question))
            {
                sheet.Note(question);
            }

            var header = sheet.Row;
            sheet.PutHeader(header, 1, $"{model} ({pivot.Scope})");
            for (var c = 0; c < pivot.Candidates.Count; c++)
            {
                sheet.PutHeader(header, 2 + c, pivot.Candidates[c]);
            }

            sheet.StyleHeader(header, 1, pivot.Candidates.Count + 1);
            var row = header + 1;
            foreach (var (metric, values) in pivot.Rows)
            {
                sheet.Put(row, 1, metric);
                for (var c = 0; c < values.Count; c++)
                {
                    // Counts (invoices, customers, k) read better without decimals.
                    var whole = values[c] is { } v && Math.Abs(v) >= 1 && v == Math.Round(v);
                    sheet.Put(row, 2 + c, values[c], whole ? CellFormat.Integer : CellFormat.Metric);
                }

                row++;
            }

            sheet.MoveBelow(row + 1);
        }

        if (!any)
        {
            sheet.Note("The latest run recorded no metrics.");
        }

        sheet.Describe("<model> (<scope>) grids", "Hold-out metrics, one row per metric, one column per candidate: the model first, then its baselines. Metric names in docs/model-outputs.md.", "score", "mart.v_model_metric_latest");
    }
}
