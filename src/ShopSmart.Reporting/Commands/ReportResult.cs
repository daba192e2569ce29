namespace ShopSmart.Reporting.Commands;

/// <summary>What a report run wrote, and where its time went.</summary>
public sealed record ReportResult(IReadOnlyList<string> Files, TimeSpan Reading, TimeSpan Composing, TimeSpan Writing)
{
    public TimeSpan Total => Reading + Composing + Writing;
}
