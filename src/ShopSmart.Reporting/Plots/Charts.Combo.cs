using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>Charts that pair two measures (bars on the left axis, a line on the right).</summary>
public static partial class Charts
{
    /// <summary>Bars of <paramref name="barValues"/> per category with a line of <paramref name="lineValues"/> on a right axis.</summary>
    public static ChartImage BarsAndLine(
        string title, string xLabel, IReadOnlyList<string> categories, string barName, IReadOnlyList<double> barValues, Func<double, string> barFormat,
        string lineName, IReadOnlyList<double> lineValues, Func<double, string> lineFormat, int labelEvery = 1)
    {
        var plot = ChartStyle.Create(title, xLabel, barName);
        var bars = plot.Add.Bars(barValues.Select((v, i) => new Bar { Position = i, Value = v, FillColor = ReportPalette.Primary, LineWidth = 0, Size = 0.75 }).ToArray());
        bars.LegendText = barName;
        var line = plot.Add.Scatter(Positions(lineValues.Count), lineValues.ToArray(), ReportPalette.Secondary);
        line.LineWidth = 2.5f;
        line.MarkerSize = 6;
        line.LegendText = lineName;
        line.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = lineName;
        plot.Axes.Right.Label.FontSize = 13;
        AxisFormat.Categories(plot.Axes.Bottom, categories, labelEvery);
        AxisFormat.Linear(plot.Axes.Left, barFormat);
        AxisFormat.Linear(plot.Axes.Right, lineFormat);
        // Headroom above the tallest bar keeps the legend clear of the data.
        plot.Axes.SetLimitsY(0, barValues.DefaultIfEmpty(1).Max() * 1.3, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, lineValues.DefaultIfEmpty(1).Max() * 1.3, plot.Axes.Right);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Png(plot, Width, Height);
    }
}
