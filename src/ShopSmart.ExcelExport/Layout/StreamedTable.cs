namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// A long table whose rows after the first are written into the saved file by <see cref="StreamedRows"/> instead of
/// through ClosedXML, which keeps every cell as an object and takes ~10 µs a cell to save: the customer lists at
/// 80,000 customers are 1.3 M cells (12 s and ~1 GB). ClosedXML writes the header and the first row, so the table, its
/// styles and each column's cell style exist; the other rows reuse those styles.
/// </summary>
public sealed class StreamedTable(string sheet, string table, int firstRow, int firstColumn, int columnCount, IEnumerable<object?[]> rows, int rowCount)
{
    public string Sheet { get; } = sheet;

    public string Table { get; } = table;

    /// <summary>The sheet row (1-based) of the first streamed row; the row above it is the one ClosedXML wrote.</summary>
    public int FirstRow { get; } = firstRow;

    public int FirstColumn { get; } = firstColumn;

    public int ColumnCount { get; } = columnCount;

    /// <summary>The values of the streamed rows, one per column, produced as they are written.</summary>
    public IEnumerable<object?[]> Rows { get; } = rows;

    public int RowCount { get; } = rowCount;

    public int LastRow => FirstRow + RowCount - 1;

    /// <summary>Sheet columns whose long texts wrap (set when the sheet is finished): their rows get the height of their lines.</summary>
    public HashSet<int> WrappedColumns { get; } = [];
}
