using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>
/// What every column of the workbook means, gathered from the column specs the other sheets wrote (so it cannot
/// drift from them), then a profile of the source columns (<c>mart.v_column_profile</c>). Written last.
/// </summary>
public sealed class DataDictionarySheet : IWorkbookSheet
{
    public const string SheetName = "Data dictionary";

    public static readonly IReadOnlyList<ColumnSpec<DictionaryEntry>> Columns =
    [
        new("Sheet", CellFormat.Text, e => e.Sheet, "The sheet the column is on."),
        new("Column", CellFormat.Text, e => e.Column, "The column header, or the label of a figure."),
        new("Meaning", CellFormat.Text, e => e.Meaning, "What the column holds."),
        new("Unit", CellFormat.Text, e => e.Unit, "Its unit or format."),
        new("Source", CellFormat.Text, e => e.Source, "The warehouse view or table it comes from."),
    ];

    public static readonly IReadOnlyList<ColumnSpec<ColumnProfile>> ProfileColumns =
    [
        new("Source column", CellFormat.Text, p => p.ColumnName, "Column of the source file."),
        new("Type", CellFormat.Text, p => p.DataType, "Its logical type."),
        new("Rows", CellFormat.Integer, p => p.RowCount, "Lines profiled (duplicates excluded)."),
        new("Empty", CellFormat.Integer, p => p.NullCount, "Lines with no value (a guest line has no customer id)."),
        new("Empty share", CellFormat.Percent, p => p.NullPct / 100, "Empty / rows."),
        new("Distinct values", CellFormat.Integer, p => p.DistinctCount, "Different non-empty values."),
        new("Minimum", CellFormat.Decimal, p => p.MinValue, "Smallest value (numeric columns)."),
        new("Median", CellFormat.Decimal, p => p.Median, "Median (numeric columns)."),
        new("Maximum", CellFormat.Decimal, p => p.MaxValue, "Largest value (numeric columns)."),
    ];

    public string Name => SheetName;

    public PageLayout Layout => PageLayout.LongList;

    public void Write(WorkbookContext context, WorkbookInput input)
    {
        var sheet = context.AddSheet(Name);
        sheet.Title("Data dictionary", "What every column in this workbook means, and where it comes from");
        sheet.Heading("Columns of the workbook");

        // Its own columns are described before the list is taken, so the dictionary lists itself too.
        var own = new List<DictionaryEntry>();
        foreach (var column in Columns)
        {
            own.Add(new DictionaryEntry(Name, column.Header, column.Meaning, CellFormats.Describe(column.Format), "this workbook"));
        }

        foreach (var column in ProfileColumns)
        {
            own.Add(new DictionaryEntry(Name, column.Header, column.Meaning, CellFormats.Describe(column.Format), "mart.v_column_profile"));
        }

        var entries = context.Dictionary.Concat(own).ToList();
        sheet.Table("Dictionary", Columns, entries, "this workbook", "No columns.", autoFilter: true);
        sheet.Heading("Source columns (as loaded)");
        sheet.Table("SourceProfile", ProfileColumns, input.Mart.SourceColumns.ToList(), "mart.v_column_profile", MissingData.NoSales);
        sheet.Finish(Layout);
    }
}
