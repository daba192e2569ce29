namespace ShopSmart.ExcelExport.Charts;

/// <summary>The chart types the workbook uses; each maps to one Open XML plot element.</summary>
public enum ChartKind
{
    /// <summary>Vertical bars, series side by side.</summary>
    Column,

    /// <summary>Horizontal bars, first category at the top: rankings with long labels.</summary>
    Bar,

    /// <summary>Lines with markers.</summary>
    Line,

    /// <summary>Columns on the left axis, the series marked <see cref="ChartSeries.OnSecondaryAxis"/> as lines on the right.</summary>
    ColumnLine,

    /// <summary>Shares of a whole, one series.</summary>
    Doughnut,
}
