using System.Globalization;

namespace ShopSmart.ExcelExport.Charts;

/// <summary>A one-column block of cells on a sheet (1-based rows and column), as a chart series refers to it.</summary>
public sealed record SheetRange(string Sheet, int Column, int FirstRow, int LastRow)
{
    public int Count => LastRow - FirstRow + 1;

    /// <summary>The absolute reference Excel writes in a chart formula: <c>'Sales trend'!$B$5:$B$17</c>.</summary>
    public string ToFormula()
    {
        var column = ColumnLetters(Column);
        return $"'{Sheet.Replace("'", "''", StringComparison.Ordinal)}'!${column}${FirstRow.ToString(CultureInfo.InvariantCulture)}:${column}${LastRow.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The single cell of a series name: the column's header.</summary>
    public static SheetRange Cell(string sheet, int row, int column) => new(sheet, column, row, row);

    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
