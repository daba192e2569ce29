using ScottPlot;
using ShopSmart.Core.Insights;

namespace ShopSmart.Reporting.Plots;

/// <summary>
/// The report's colours: one series palette, one colour per RFM segment (the same in every chart), and the model
/// against its baselines. To be replaced by Core's shared palette (Core/Presentation/Palette.cs) when it lands, so
/// the workbook and the report agree.
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

    private static readonly Dictionary<string, Color> Segments = new(StringComparer.Ordinal)
    {
        [SegmentNames.Champions] = Color.FromHex("#1B7837"),
        [SegmentNames.Loyal] = Color.FromHex("#5AAE61"),
        [SegmentNames.PotentialLoyalist] = Color.FromHex("#A6DBA0"),
        [SegmentNames.New] = Color.FromHex("#2166AC"),
        [SegmentNames.Promising] = Color.FromHex("#92C5DE"),
        [SegmentNames.NeedAttention] = Color.FromHex("#E6C229"),
        [SegmentNames.AboutToSleep] = Color.FromHex("#FDB863"),
        [SegmentNames.AtRisk] = Color.FromHex("#E66101"),
        [SegmentNames.CantLoseThem] = Color.FromHex("#B2182B"),
        [SegmentNames.Hibernating] = Color.FromHex("#9E9AC8"),
        [SegmentNames.Lost] = Color.FromHex("#7F7F7F"),
    };

    /// <summary>The colour of an RFM segment; an unknown one is grey.</summary>
    public static Color Segment(string segment) => Segments.TryGetValue(segment, out var color) ? color : Muted;

    public static Color SeriesAt(int index) => Series[index % Series.Count];
}
