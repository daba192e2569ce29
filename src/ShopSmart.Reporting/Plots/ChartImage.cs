namespace ShopSmart.Reporting.Plots;

/// <summary>A rendered chart: PNG bytes (drawn at <see cref="ChartStyle.Scale"/>×) and its display size in CSS pixels.</summary>
public sealed record ChartImage(byte[] Png, int Width, int Height);
