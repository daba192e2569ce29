using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>A labelled stretch of days on a timeline row: [Start, End).</summary>
public sealed record TimelineSpan(int Row, DateOnly Start, DateOnly End, string Label, Color Color);
