using ShopSmart.ExcelExport.Charts;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>Where a table landed on its sheet, so charts can refer to its columns (rows and columns 1-based).</summary>
public sealed record TablePlacement(string Sheet, int HeaderRow, int FirstDataRow, int LastDataRow, int FirstColumn, IReadOnlyList<string> Headers)
{
    public int RowCount => LastDataRow - FirstDataRow + 1;

    public int LastColumn => FirstColumn + Headers.Count - 1;

    /// <summary>The sheet column of the table column with this header.</summary>
    public int Column(string header)
    {
        var index = Headers.ToList().IndexOf(header);
        return index < 0
            ? throw new ArgumentException($"The table on '{Sheet}' has no column '{header}' ({string.Join(", ", Headers)}).", nameof(header))
            : FirstColumn + index;
    }

    /// <summary>The data cells of a column, for a chart's categories or values.</summary>
    public SheetRange Data(string header) => new(Sheet, Column(header), FirstDataRow, LastDataRow);

    /// <summary>The header cell of a column, for a chart series' name.</summary>
    public SheetRange Header(string header) => SheetRange.Cell(Sheet, HeaderRow, Column(header));
}
