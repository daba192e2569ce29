using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>Histograms of skewed, positive measures on a log10 axis.</summary>
public static partial class Charts
{
    /// <summary>Bars spanning each bin's [lower, upper) on a log10 x axis, labelled with the values themselves.</summary>
    public static ChartImage LogHistogram(
        string title, string xLabel, string yLabel, IReadOnlyList<(double Lower, double Upper, double Count)> bins,
        Func<double, string> xFormat, Func<double, string> yFormat, Color color)
    {
        var plot = ChartStyle.Create(title, xLabel, yLabel);
        var bars = bins.Select(b =>
        {
            var low = Math.Log10(b.Lower);
            var high = Math.Log10(b.Upper);
            return new Bar
            {
                Position = (low + high) / 2,
                Size = (high - low) * 0.96,
                Value = b.Count,
                FillColor = color,
                LineWidth = 0,
            };
        }).ToArray();
        plot.Add.Bars(bars);
        AxisFormat.Log10(plot.Axes.Bottom, xFormat);
        AxisFormat.Linear(plot.Axes.Left, yFormat);
        plot.Axes.Margins(bottom: 0);
        return ChartStyle.Png(plot, Width / 2 + 80, 340);
    }
}
