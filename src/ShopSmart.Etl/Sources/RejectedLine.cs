namespace ShopSmart.Etl.Sources;

/// <summary>
/// A source row that cannot be loaded, bound for etl.rejected_row: where it was, why, its raw text, and its
/// quantity × price where both parsed (so the batch still reconciles by value).
/// </summary>
public sealed record RejectedLine(string? Sheet, long RowNumber, string ReasonCode, string Detail, string RawValues, decimal? LineValue);
