namespace ShopSmart.Reporting.Document;

/// <summary>The words a renderer adds around the content, already in the report's language.</summary>
/// <param name="LanguageTag">BCP 47 tag of the text (<c>en-GB</c>, <c>fr-FR</c>), for the HTML and Word language.</param>
/// <param name="Contents">Title of the table of contents.</param>
/// <param name="Figure">Word before a figure number (<c>Figure 3</c>).</param>
/// <param name="Table">Word before a table number (<c>Table 2</c>).</param>
/// <param name="CaptionSeparator">Between a number and its caption: ": " in English, a no-break space before the colon in French.</param>
public sealed record DocumentLabels(string LanguageTag, string Contents, string Figure, string Table, string CaptionSeparator);
