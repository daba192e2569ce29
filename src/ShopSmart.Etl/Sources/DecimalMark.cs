namespace ShopSmart.Etl.Sources;

/// <summary>How a text file writes the fraction of a number: 1.85 (English) or 1,85 (most of Europe).</summary>
public enum DecimalMark
{
    Point,
    Comma,
}
