using ShopSmart.Core.Insights;

namespace ShopSmart.Core.Presentation;

/// <summary>
/// The one set of colours of the workbook and the report, so a segment has the same colour wherever a marketer sees
/// it. Colours are <c>#RRGGBB</c>. Series colours are the Tableau 10 palette, chosen for contrast in print and for
/// readers with red-green colour blindness; segment colours run from green (best customers) through amber (at risk)
/// to grey (gone).
/// </summary>
public static class Palette
{
    /// <summary>Colours for the series of a chart, in order; a chart with more series wraps round.</summary>
    public static IReadOnlyList<string> Series { get; } =
    [
        "#4E79A7", // blue
        "#F28E2B", // orange
        "#59A14F", // green
        "#E15759", // red
        "#76B7B2", // teal
        "#EDC948", // yellow
        "#B07AA1", // purple
        "#FF9DA7", // pink
        "#9C755F", // brown
        "#BAB0AC", // grey
    ];

    /// <summary>The colour of each RFM segment of <c>mart.v_customer_rfm</c>.</summary>
    public static IReadOnlyDictionary<string, string> Segments { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [SegmentNames.Champions] = "#1B7837",
        [SegmentNames.Loyal] = "#5AAE61",
        [SegmentNames.PotentialLoyalist] = "#A6DBA0",
        [SegmentNames.New] = "#4E79A7",
        [SegmentNames.Promising] = "#A0CBE8",
        [SegmentNames.NeedAttention] = "#EDC948",
        [SegmentNames.AboutToSleep] = "#F1A340",
        [SegmentNames.AtRisk] = "#E66101",
        [SegmentNames.CantLoseThem] = "#B2182B",
        [SegmentNames.Hibernating] = "#9C755F",
        [SegmentNames.Lost] = "#8C8C8C",
    };

    /// <summary>Text, lines and anything that is not data.</summary>
    public const string Neutral = "#595959";

    /// <summary>Header fills and titles.</summary>
    public const string Brand = "#1F3864";

    /// <summary>The low and high ends of a colour scale (heatmaps, retention matrices).</summary>
    public const string ScaleLow = "#F7FBFF";

    public const string ScaleHigh = "#6BAED6";

    /// <summary>The colour of a segment; <see cref="Neutral"/> for a name the palette does not know.</summary>
    public static string ForSegment(string segment) => Segments.TryGetValue(segment, out var colour) ? colour : Neutral;

    /// <summary>The colour of the series at <paramref name="index"/> (0-based), wrapping round the palette.</summary>
    public static string ForSeries(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];
}
