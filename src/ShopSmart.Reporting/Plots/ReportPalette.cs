using ScottPlot;
using SharedPalette = ShopSmart.Core.Presentation.Palette;

namespace ShopSmart.Reporting.Plots;

/// <summary>
/// The report's colours: its series palette (the model first, then its baselines) and, from Core's shared palette,
/// one colour per RFM segment, the same in every chart and in the workbook.
/// </summary>
public static class ReportPalette
{
    public static Color Primary { get; } = Color.FromHex("#2E5A87");

    public static Color Secondary { get; } = Color.FromHex("#E08A2E");

    public static Color Accent { get; } = Color.FromHex("#3A9E8F");

    public static Color Muted { get; } = Color.FromHex("#8C959F");

    public static Color Alert { get; } = Color.FromHex("#C8553D");

    /// <summary>Series in order: the model first, then baselines and other series.</summary>
    public static IReadOnlyList<Color> Series { get; } =
    [
        Primary, Secondary, Accent, Color.FromHex("#7B5EA7"), Muted, Alert, Color.FromHex("#B8860B"), Color.FromHex("#4A7A3A"),
    ];

    /// <summary>
    /// The colour of an RFM segment: Core's palette, the workbook's, so a segment has one colour wherever a marketer
    /// sees it; an unknown one is its neutral grey.
    /// </summary>
    public static Color Segment(string segment) => Color.FromHex(SharedPalette.ForSegment(segment));

    public static Color SeriesAt(int index) => Series[index % Series.Count];
}
