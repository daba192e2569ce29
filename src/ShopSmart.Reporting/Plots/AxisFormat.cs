using ScottPlot;
using ScottPlot.TickGenerators;

namespace ShopSmart.Reporting.Plots;

/// <summary>Tick labels written in the report's culture, on linear, log10 and categorical axes.</summary>
public static class AxisFormat
{
    /// <summary>
    /// Linear ticks with labels from <paramref name="format"/> (money, percent, counts in the culture); whole numbers
    /// only when the axis counts things, so no label repeats after rounding.
    /// </summary>
    public static void Linear(IAxis axis, Func<double, string> format, bool integers = false) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = format, IntegerTicksOnly = integers };

    /// <summary>An axis whose data are log10 values: a tick per power of ten, labelled with the value itself.</summary>
    public static void Log10(IAxis axis, Func<double, string> format) =>
        axis.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            MinorTickGenerator = new LogMinorTickGenerator(),
            LabelFormatter = exponent => format(Math.Pow(10, exponent)),
        };

    /// <summary>Named positions (categories) at 0, 1, 2…</summary>
    public static void Categories(IAxis axis, IReadOnlyList<string> labels, int every = 1)
    {
        var ticks = new NumericManual();
        for (var i = 0; i < labels.Count; i++)
        {
            if (i % every == 0)
            {
                ticks.AddMajor(i, labels[i]);
            }
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>
    /// Tick labels turned to fit long category names under a bar chart, with room made for the longest (ScottPlot does
    /// not measure turned labels).
    /// </summary>
    public static void Slanted(IAxis axis, IReadOnlyList<string> labels)
    {
        axis.TickLabelStyle.Rotation = -40;
        axis.TickLabelStyle.Alignment = Alignment.MiddleRight;
        axis.MinimumSize = 30 + (4 * labels.DefaultIfEmpty(string.Empty).Max(l => l.Length));
    }
}
