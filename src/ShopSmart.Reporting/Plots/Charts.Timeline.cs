using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>The time split of model validation, drawn as labelled bars on a date axis.</summary>
public static partial class Charts
{
    /// <summary>
    /// One bar per span on its row (the first row on top), with its label inside; dashed lines mark the cut-off
    /// dates; ticks at <paramref name="ticks"/>, labelled in the culture by <paramref name="tickLabel"/>.
    /// </summary>
    public static ChartImage Timeline(
        string title, IReadOnlyList<string> rows, IReadOnlyList<TimelineSpan> spans, IReadOnlyList<(DateOnly Date, string Label)> cutoffs,
        IReadOnlyList<DateOnly> ticks, Func<DateOnly, string> tickLabel)
    {
        var plot = ChartStyle.Create(title, string.Empty, string.Empty);
        var origin = spans.Min(s => s.Start);
        double X(DateOnly date) => date.DayNumber - origin.DayNumber;
        foreach (var span in spans)
        {
            var y = rows.Count - 1 - span.Row;
            var bar = plot.Add.Rectangle(X(span.Start), X(span.End), y - 0.32, y + 0.32);
            bar.FillColor = span.Color;
            bar.LineWidth = 0;
            var text = plot.Add.Text(span.Label, (X(span.Start) + X(span.End)) / 2, y);
            text.LabelStyle.Alignment = Alignment.MiddleCenter;
            text.LabelStyle.FontSize = 12;
            text.LabelStyle.ForeColor = span.Color.Luminance > 0.55 ? Colors.Black : Colors.White;
        }

        // Each cut-off's name sits inside the plot above the top row, the first left of its line and the others right
        // of theirs, so two cut-offs a short horizon apart never share the space between them (a label on the
        // line's end, above the frame, ran into the chart's title).
        var labelY = rows.Count - 0.5;
        for (var i = 0; i < cutoffs.Count; i++)
        {
            var (date, label) = cutoffs[i];
            plot.Add.VerticalLine(X(date), 1.5f, Colors.Black, LinePattern.Dashed);
            var text = plot.Add.Text(label, X(date), labelY);
            text.LabelStyle.Alignment = i == 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
            text.LabelStyle.FontSize = 11;
            text.LabelStyle.OffsetX = i == 0 ? -4 : 4;
            text.LabelStyle.ForeColor = Colors.Black;
        }

        var ticksX = new ScottPlot.TickGenerators.NumericManual();
        foreach (var tick in ticks)
        {
            ticksX.AddMajor(X(tick), tickLabel(tick));
        }

        plot.Axes.Bottom.TickGenerator = ticksX;
        AxisFormat.Categories(plot.Axes.Left, rows.Reverse().ToList());
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.25);
        plot.Axes.SetLimitsX(-5, spans.Max(s => X(s.End)) + 5);
        plot.Grid.YAxisStyle.IsVisible = false;
        return ChartStyle.Png(plot, Width, 110 + (70 * rows.Count));
    }
}
