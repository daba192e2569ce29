using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>The strongest association rules of the latest run, in words, with support, confidence and lift.</summary>
public sealed class CrossSellRulesSheet : IWorkbookSheet
{
    public const string SheetName = "Cross-sell rules";
    private const string Source = "ml.association_rule";

    public static readonly IReadOnlyList<ColumnSpec<AssociationRule>> Columns =
    [
        new("Rule", CellFormat.Text, r => r.Sentence, "The rule in words: customers who buy the first product(s) also buy the second."),
        new("If they buy", CellFormat.Text, r => r.Antecedent, "The product(s) in the basket (1 or 2)."),
        new("They also buy", CellFormat.Text, r => r.Consequent, "The product bought with them."),
        new("Invoices", CellFormat.Integer, r => r.Invoices, "Invoices holding all the rule's products."),
        new("Support", CellFormat.Percent, r => r.Support, "Share of all invoices holding all the rule's products."),
        new("Confidence", CellFormat.Percent, r => r.Confidence, "Share of the invoices with the first product(s) that also hold the second."),
        new("Lift", CellFormat.Decimal, r => r.Lift, "Confidence / the second product's own share of invoices: above 1, the products go together."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        var top = input.Options.TopRules;
        sheet.Title("Cross-sell rules", $"The {top} strongest product associations (highest lift) of the latest model run: offer the second product to buyers of the first");
        var rules = input.Models.Rules.Take(top).ToList();
        var table = sheet.Table("CrossSellRules", Columns, rules, Source, input.Models.HasRun ? "The latest model run found no rule." : MissingData.NoModelRun);
        if (table is not null)
        {
            sheet.Sheet.SheetView.FreezeRows(table.HeaderRow);
        }

        sheet.Finish(Layout, repeatRowsThrough: table?.HeaderRow ?? 0);
    }
}
