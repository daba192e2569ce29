namespace ShopSmart.Reporting.Plots;

/// <summary>
/// The report's chart builders: each takes data and words already in the reader's language and returns a PNG in the
/// house style (<see cref="ChartStyle"/>). One partial file per chart family.
/// </summary>
public static partial class Charts
{
    /// <summary>Display size of a full-width chart, in CSS pixels.</summary>
    public const int Width = 800;

    public const int Height = 400;

    /// <summary>Display size of a square chart (heatmaps, curves).</summary>
    public const int Side = 560;

    /// <summary>Light for low values, dark blue for high ones; blank cells stay white.</summary>
    public static ScottPlot.IColormap Sequential { get; } = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());

    private static double[] Positions(int count) => Enumerable.Range(0, count).Select(i => (double)i).ToArray();
}
