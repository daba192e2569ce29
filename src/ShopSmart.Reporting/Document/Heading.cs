namespace ShopSmart.Reporting.Document;

/// <summary>A sub-heading inside a section (one level below the section title).</summary>
public sealed record Heading(string Text) : Block;
