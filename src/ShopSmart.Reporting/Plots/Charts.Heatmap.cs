using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>Heatmaps (weekday × hour, correlations, cohort retention, confusion matrix).</summary>
public static partial class Charts
{
    /// <summary>
    /// A grid of cells, <c>values[row, column]</c>, the first row at the top; NaN cells (no data) are left blank. With
    /// <paramref name="cellFormat"/>, each cell carries its value as text in a colour that stays readable.
    /// </summary>
    public static ChartImage Heatmap(
        string title, string xLabel, string yLabel, double[,] values, IReadOnlyList<string> columns, IReadOnlyList<string> rows,
        IColormap colormap, string scaleLabel, Func<double, string> scaleFormat, Func<double, string>? cellFormat = null,
        (double Min, double Max)? range = null, int width = Width, int height = 0, int columnLabelEvery = 1)
    {
        var plot = ChartStyle.Create(title, xLabel, yLabel);
        var rowCount = values.GetLength(0);
        var columnCount = values.GetLength(1);
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = colormap;
        heatmap.NaNCellColor = Colors.White;
        // By default ScottPlot centres cell (row r, column c) on (c, rowCount - 1 - r): the first row on top.
        if (range is { } fixedRange)
        {
            heatmap.ManualRange = new ScottPlot.Range(fixedRange.Min, fixedRange.Max);
        }

        var scale = plot.Add.ColorBar(heatmap);
        scale.Label = scaleLabel;
        scale.LabelStyle.FontSize = 12;
        scale.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = scaleFormat, TargetTickCount = 5 };

        if (cellFormat is not null)
        {
            var (low, high) = range ?? Bounds(values);
            for (var r = 0; r < rowCount; r++)
            {
                for (var c = 0; c < columnCount; c++)
                {
                    var value = values[r, c];
                    if (double.IsNaN(value))
                    {
                        continue;
                    }

                    var text = plot.Add.Text(cellFormat(value), c, rowCount - 1 - r);
                    text.LabelStyle.Alignment = Alignment.MiddleCenter;
                    text.LabelStyle.FontSize = columnCount > 10 ? 9 : 12;
                    var position = high > low ? (value - low) / (high - low) : 0.5;
                    text.LabelStyle.ForeColor = colormap.GetColor(position).Luminance > 0.55 ? Colors.Black : Colors.White;
                }
            }
        }

        AxisFormat.Categories(plot.Axes.Bottom, columns, columnLabelEvery);
        AxisFormat.Categories(plot.Axes.Left, rows.Reverse().ToList());
        plot.Axes.SetLimits(-0.5, columnCount - 0.5, -0.5, rowCount - 0.5);
        plot.Grid.IsVisible = false;
        return ChartStyle.Png(plot, width, height > 0 ? height : Math.Max(260, 110 + (34 * rowCount)));
    }

    private static (double Low, double High) Bounds(double[,] values)
    {
        var finite = values.Cast<double>().Where(v => !double.IsNaN(v)).ToList();
        return finite.Count == 0 ? (0, 1) : (finite.Min(), finite.Max());
    }
}
