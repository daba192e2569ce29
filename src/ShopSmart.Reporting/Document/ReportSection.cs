namespace ShopSmart.Reporting.Document;

/// <summary>One chapter: a stable id (an anchor, a notebook cell id), its title and its blocks in reading order.</summary>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<Block> Blocks);
