namespace ShopSmart.Reporting.Document;

/// <summary>
/// A chart as a PNG image, rendered once and embedded by every renderer. <paramref name="Width"/> and
/// <paramref name="Height"/> are the display size in CSS pixels (the PNG itself is drawn at a higher scale for
/// sharpness); <paramref name="AltText"/> describes the picture for a reader who cannot see it.
/// </summary>
public sealed record Figure(string Caption, string AltText, byte[] Png, int Width, int Height) : Block;
