namespace ShopSmart.Reporting.Document;

/// <summary>Running text; <paramref name="Lead"/>, when given, is set in bold before it (a recommendation's subject).</summary>
public sealed record Paragraph(string Text, string? Lead = null) : Block;
