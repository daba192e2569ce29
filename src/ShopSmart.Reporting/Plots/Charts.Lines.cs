using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>Line and scatter charts.</summary>
public static partial class Charts
{
    /// <summary>
    /// Series as lines (or markers), with an optional dashed diagonal for curves judged against chance (ROC) or
    /// against perfect agreement (predicted vs actual); limits fixed when given.
    /// </summary>
    public static ChartImage Lines(
        string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series, Func<double, string> xFormat, Func<double, string> yFormat,
        string? diagonal = null, (double Min, double Max)? xLimits = null, (double Min, double Max)? yLimits = null, bool square = false,
        bool integerX = false)
    {
        var plot = ChartStyle.Create(title, xLabel, yLabel);
        if (diagonal is not null)
        {
            var low = Math.Min(xLimits?.Min ?? 0, yLimits?.Min ?? 0);
            var high = Math.Max(xLimits?.Max ?? 1, yLimits?.Max ?? 1);
            var line = plot.Add.Line(low, low, high, high);
            line.LineColor = ReportPalette.Muted;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1;
            line.LegendText = diagonal;
        }

        foreach (var s in series)
        {
            var scatter = plot.Add.Scatter(s.Xs.ToArray(), s.Ys.ToArray(), s.Color);
            scatter.LegendText = s.Name;
            scatter.LineWidth = s.Markers ? 0 : 2;
            scatter.MarkerSize = s.Markers ? 4 : 0;
            scatter.LinePattern = s.Dashed ? LinePattern.Dashed : LinePattern.Solid;
        }

        AxisFormat.Linear(plot.Axes.Bottom, xFormat, integerX);
        AxisFormat.Linear(plot.Axes.Left, yFormat);
        if (xLimits is { } x)
        {
            plot.Axes.SetLimitsX(x.Min, x.Max);
        }

        if (yLimits is { } y)
        {
            plot.Axes.SetLimitsY(y.Min, y.Max);
        }

        if (series.Count > 1 || diagonal is not null)
        {
            plot.ShowLegend(Alignment.LowerRight);
        }

        return square ? ChartStyle.Png(plot, Side, Side - 40) : ChartStyle.Png(plot, Width, Height);
    }

    /// <summary>
    /// Points on log10 axes, one colour per group (segments), legend on the right. With <paramref name="jitter"/>,
    /// x is spread by up to ± that much on the log scale (seeded, so every report draws the same picture): whole
    /// numbers such as order counts would otherwise stack into columns that hide how many customers they hold.
    /// </summary>
    public static ChartImage LogLogScatter(
        string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> groups, Func<double, string> xFormat, Func<double, string> yFormat,
        double jitter = 0)
    {
        var plot = ChartStyle.Create(title, xLabel, yLabel);
        var random = new Random(17);
        foreach (var group in groups.Where(g => g.Xs.Count > 0))
        {
            var xs = group.Xs.Select(x => Math.Log10(x) + (jitter * ((2 * random.NextDouble()) - 1))).ToArray();
            var ys = group.Ys.Select(Math.Log10).ToArray();
            var markers = plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 4, group.Color.WithAlpha(0.7));
            markers.LegendText = group.Name;
        }

        AxisFormat.Log10(plot.Axes.Bottom, xFormat);
        AxisFormat.Log10(plot.Axes.Left, yFormat);
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Png(plot, Width, 480);
    }
}
