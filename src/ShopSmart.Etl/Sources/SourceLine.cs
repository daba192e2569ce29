namespace ShopSmart.Etl.Sources;

/// <summary>One source row whose values all parsed: the Online Retail columns, typed, with where it came from.</summary>
public sealed record SourceLine(
    string? Sheet,
    long RowNumber,
    string InvoiceNo,
    string StockCode,
    string? Description,
    int Quantity,
    DateTime InvoiceAt,
    decimal UnitPrice,
    string? CustomerId,
    string? Country)
{
    public decimal LineValue => Quantity * UnitPrice;
}
