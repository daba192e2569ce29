using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>
/// The plain-language recommendations with the figures behind them. They come from Core's
/// <see cref="RecommendationBuilder"/> and are worded by the shared text catalogue, so the analysis report states
/// exactly the same ones.
/// </summary>
public sealed class RecommendationsSheet : IWorkbookSheet
{
    public const string SheetName = "Recommendations";
    private const string Source = "mart views and the latest model run (Core/Insights)";

    public static readonly IReadOnlyList<ColumnSpec<RecommendationRow>> Columns =
    [
        new("No.", CellFormat.Integer, r => r.Number, "Order of the recommendations: the shared builder's order (customer actions first, then products and markets)."),
        new("Recommendation", CellFormat.Text, r => r.Words.Title, "What to do, and for whom."),
        new("Evidence", CellFormat.Text, r => r.Words.Evidence, "The figures from the warehouse that justify it."),
        new("Action", CellFormat.Text, r => r.Words.Action, "The concrete marketing action."),
        new("Expected value (£)", CellFormat.Money, r => r.ExpectedValue, "The value at stake or expected, in pounds; how it is worked out is in the next column."),
        new("How the value is worked out", CellFormat.Text, r => r.Words.ExpectedValue, "The basis of the expected value: past behaviour, or the models' predictions."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("Recommendations", "What the data says to do next, with the figures behind each (the analysis report gives the same ones)");
        var catalog = TextCatalog.For(TextCulture.English);
        var rows = input.Recommendations
            .Select((r, i) => new RecommendationRow(i + 1, RecommendationText.Describe(r, catalog), r.ExpectedValue))
            .ToList();
        var whenEmpty = input.Mart.HasSales ? catalog.Get("recs.none") : MissingData.NoSales;
        var table = sheet.Table("Recommendations", Columns, rows, Source, whenEmpty);
        if (table is not null)
        {
            sheet.Sheet.SheetView.FreezeRows(table.HeaderRow);
            if (!input.Models.HasRun)
            {
                sheet.Note("Values are from past behaviour until the first model run; after it, the win-back and cross-sell values come from the models.");
            }
        }

        sheet.Finish(Layout, repeatRowsThrough: table?.HeaderRow ?? 0);
    }

    /// <summary>One recommendation as the sheet shows it: its number, its words and its expected value.</summary>
    public sealed record RecommendationRow(int Number, RecommendationWords Words, double ExpectedValue);
}
