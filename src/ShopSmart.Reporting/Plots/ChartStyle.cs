using ScottPlot;
using SkiaSharp;

namespace ShopSmart.Reporting.Plots;

/// <summary>
/// The look every chart shares: DejaVu Sans (ScottPlot otherwise falls back to a serif font on Linux), type sizes
/// readable at laptop size, light grid, white background; and the one export to PNG.
/// </summary>
public static class ChartStyle
{
    public const string FontName = "DejaVu Sans";

    /// <summary>PNGs are drawn at twice their display size so text stays sharp on high-density screens and in print.</summary>
    public const double Scale = 2;

    static ChartStyle()
    {
        Fonts.Default = FontName;
    }

    /// <summary>A new plot in the house style with its title and axis labels (units in the label, e.g. "Revenue (£)").</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, 15);
        plot.Axes.Title.Label.Bold = true;
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.Right.TickLabelStyle.FontSize = 11;
        plot.Grid.MajorLineColor = Color.FromHex("#E6E8EB");
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.FrameColor(Color.FromHex("#8C959F"));
        plot.ScaleFactor = Scale;
        return plot;
    }

    /// <summary>The plot as a PNG shown at <paramref name="width"/> × <paramref name="height"/> display pixels.</summary>
    /// <remarks>
    /// Encoded here rather than by <c>GetImageBytes</c>: PNG's "Up" filter alone suits charts (flat areas, horizontal
    /// runs) and gives files as small as trying every filter, at about half the processor time, which is most of
    /// what a chart costs.
    /// </remarks>
    public static ChartImage Png(Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo((int)(width * Scale), (int)(height * Scale)));
        plot.Render(surface);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 6))
            ?? throw new InvalidOperationException($"SkiaSharp could not encode a {width}×{height} chart as PNG.");
        return new ChartImage(png.ToArray(), width, height);
    }
}
