namespace ShopSmart.Etl.Sources;

/// <summary>
/// A source row that cannot be loaded, bound for etl.rejected_row: where it was, why, its raw text, and its
/// quantity × price where both parsed (so the batch still reconciles by value).
/// </summary>
public sealed record RejectedLine(string? Sheet, long RowNumber, string ReasonCode, string Detail, string RawValues, decimal? LineValue)
{
    /// <summary>
    /// The row with any NUL in its text shown as ␀ (U+2400): DuckDB would keep a text only up to it, and the evidence of
    /// a damaged row must survive whole on either engine. (Other control characters are kept: tabs and line breaks
    /// are the file's own, and the raw text is what it held.)
    /// </summary>
    public RejectedLine Printable() =>
        Detail.Contains('\0') || RawValues.Contains('\0')
            ? this with { Detail = Detail.Replace('\0', '\u2400'), RawValues = RawValues.Replace('\0', '\u2400') }
            : this;
}
