using System.Globalization;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>
/// The layout every target list shares: title, who is on the list and why, the number of customers, then one
/// filterable table whose header stays in view (frozen) and repeats on every printed page.
/// </summary>
public static class TargetListWriter
{
    /// <summary>The row of a list's header; the customers start on the next row.</summary>
    public const int HeaderRow = 4;

    public static void Write<T>(
        WorkbookContext context, string name, string title, string who, string tableName, IReadOnlyList<ColumnSpec<T>> columns,
        IReadOnlyList<T> rows, string source, string whenEmpty, string? note = null)
    {
        var sheet = context.AddSheet(name);
        sheet.Title(title, who);
        sheet.Put(3, 1, rows.Count == 0 ? string.Empty : $"{rows.Count.ToString("N0", CultureInfo.InvariantCulture)} customers" + (note is null ? string.Empty : $". {note}"));
        var table = sheet.Table(tableName, columns, rows.ToList(), source, whenEmpty, autoFilter: true, streamRows: true);
        if (table is not null)
        {
            sheet.Sheet.SheetView.FreezeRows(HeaderRow);
        }

        sheet.Finish(PageLayout.LongList, repeatRowsThrough: table is null ? 0 : HeaderRow);
    }
}
