using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>Column and bar charts.</summary>
public static partial class Charts
{
    /// <summary>Vertical bars, one per category, optionally one colour each.</summary>
    public static ChartImage Columns(
        string title, string xLabel, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<double> values,
        Func<double, string> yFormat, IReadOnlyList<Color>? colors = null, int labelEvery = 1, bool slanted = false)
    {
        var plot = ChartStyle.Create(title, xLabel, yLabel);
        var bars = values.Select((v, i) => new Bar
        {
            Position = i,
            Value = v,
            FillColor = colors is null ? ReportPalette.Primary : colors[i % colors.Count],
            LineWidth = 0,
            Size = 0.8,
        }).ToArray();
        plot.Add.Bars(bars);
        AxisFormat.Categories(plot.Axes.Bottom, categories, labelEvery);
        if (slanted)
        {
            AxisFormat.Slanted(plot.Axes.Bottom, categories);
        }

        AxisFormat.Linear(plot.Axes.Left, yFormat);
        plot.Axes.Margins(bottom: 0);
        return ChartStyle.Png(plot, Width, Height);
    }

    /// <summary>Horizontal bars, the first item at the top (rankings with long names).</summary>
    public static ChartImage Bars(
        string title, string xLabel, IReadOnlyList<string> labels, IReadOnlyList<double> values, Func<double, string> xFormat,
        IReadOnlyList<Color>? colors = null, int height = 0)
    {
        var plot = ChartStyle.Create(title, xLabel, string.Empty);
        var count = labels.Count;
        var bars = values.Select((v, i) => new Bar
        {
            Position = count - 1 - i,
            Value = v,
            FillColor = colors is null ? ReportPalette.Primary : colors[i % colors.Count],
            LineWidth = 0,
            Size = 0.75,
            Orientation = Orientation.Horizontal,
        }).ToArray();
        plot.Add.Bars(bars);
        AxisFormat.Categories(plot.Axes.Left, labels.Reverse().ToList());
        AxisFormat.Linear(plot.Axes.Bottom, xFormat);
        plot.Axes.Margins(left: 0);
        return ChartStyle.Png(plot, Width, height > 0 ? height : Math.Max(Height, 90 + (24 * count)));
    }

    /// <summary>Groups of vertical bars: one group per category, one bar per series (model against baseline…).</summary>
    public static ChartImage GroupedColumns(
        string title, string xLabel, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, Func<double, string> yFormat,
        bool slanted = false)
    {
        var plot = ChartStyle.Create(title, xLabel, yLabel);
        var width = 0.8 / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var bars = series[s].Ys.Select((v, i) => new Bar
            {
                Position = i - 0.4 + (width * (s + 0.5)),
                Value = v,
                FillColor = series[s].Color,
                LineWidth = 0,
                Size = width * 0.92,
            }).ToArray();
            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = series[s].Name;
        }

        AxisFormat.Categories(plot.Axes.Bottom, categories);
        if (slanted)
        {
            AxisFormat.Slanted(plot.Axes.Bottom, categories);
        }

        AxisFormat.Linear(plot.Axes.Left, yFormat);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Png(plot, Width, Height);
    }
}
