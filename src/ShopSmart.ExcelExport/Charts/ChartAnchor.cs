namespace ShopSmart.ExcelExport.Charts;

/// <summary>Where a chart sits: from the top-left corner of one cell to the top-left corner of another (1-based).</summary>
public sealed record ChartAnchor(int FromColumn, int FromRow, int ToColumn, int ToRow)
{
    /// <summary>A chart <paramref name="columns"/> wide and <paramref name="rows"/> high from a cell.</summary>
    public static ChartAnchor At(int column, int row, int columns, int rows) => new(column, row, column + columns, row + rows);
}
