namespace ShopSmart.Reporting.Document;

/// <summary>An unordered list of short items.</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : Block;
