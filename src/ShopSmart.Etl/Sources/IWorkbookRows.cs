namespace ShopSmart.Etl.Sources;

/// <summary>
/// A workbook read forward only, sheet by sheet and row by row, whatever the file format behind it. The reader
/// starts on the first sheet (in workbook order), before its first row.
/// </summary>
public interface IWorkbookRows : IDisposable
{
    /// <summary>The name of the current sheet.</summary>
    string SheetName { get; }

    /// <summary>Whether the current sheet is hidden in Excel: its rows are read all the same, and the load says so.</summary>
    bool SheetHidden => false;

    /// <summary>
    /// Whether the current row is hidden in Excel (by hand, or filtered out by an autofilter): it is read all the same,
    /// and the load says how many were.
    /// </summary>
    bool RowHidden => false;

    /// <summary>1-based row number of the current row in its sheet, as the spreadsheet shows it.</summary>
    long RowNumber { get; }

    /// <summary>Columns of the current row: <see cref="GetValue"/> is defined for every index below this.</summary>
    int FieldCount { get; }

    /// <summary>Moves to the next sheet; false when there is none.</summary>
    bool NextSheet();

    /// <summary>Moves to the next row of the current sheet; false at the end of the sheet.</summary>
    bool Read();

    /// <summary>The cell at 0-based column <paramref name="ordinal"/>: null, string, double, bool or DateTime (or TimeSpan: an .xls cell in an elapsed-time format).</summary>
    object? GetValue(int ordinal);

    /// <summary>
    /// Whether the cell at <paramref name="ordinal"/> holds a formula error (its <see cref="GetValue"/> is then the
    /// error text, such as "#N/A", where the reader knows it).
    /// </summary>
    bool IsError(int ordinal);

    /// <summary>
    /// Whether the cell at <paramref name="ordinal"/> holds a formula without a saved result (its <see cref="GetValue"/>
    /// is null): what a program that writes workbooks without calculating them leaves (openpyxl, many exporters).
    /// </summary>
    bool IsUncalculated(int ordinal) => false;

    /// <summary>
    /// Whether the workbook counts its serial dates from 1904 (Mac Excel's old default): a date-formatted cell is given
    /// as its date already, but a serial in a cell without a date format is a number, and counts from here.
    /// </summary>
    bool Date1904 => false;
}
