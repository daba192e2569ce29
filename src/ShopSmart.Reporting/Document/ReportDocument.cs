namespace ShopSmart.Reporting.Document;

/// <summary>
/// The whole report as data: what every renderer (HTML, notebook, Word) writes, each in its own format, so the three
/// files always say the same thing.
/// </summary>
public sealed record ReportDocument(
    string Title,
    string Subtitle,
    DocumentLabels Labels,
    IReadOnlyList<ReportSection> Sections);
