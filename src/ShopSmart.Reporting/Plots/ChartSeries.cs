using ScottPlot;

namespace ShopSmart.Reporting.Plots;

/// <summary>A named series of points for a line, scatter or grouped-bar chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Xs, IReadOnlyList<double> Ys, Color Color, bool Dashed = false, bool Markers = false);
