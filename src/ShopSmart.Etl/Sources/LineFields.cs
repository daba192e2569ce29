namespace ShopSmart.Etl.Sources;

/// <summary>
/// The values of one row as a reader found them, before validation: text fields as text, numbers already
/// parsed where the reader could (null with an error note where it could not).
/// </summary>
public struct LineFields
{
    public string? Sheet;
    public long RowNumber;
    public string? InvoiceNo;
    public string? StockCode;
    public string? Description;
    public int? Quantity;
    public string? QuantityError;
    public DateTime? InvoiceAt;
    public string? DateError;
    public decimal? UnitPrice;
    public string? PriceError;
    public string? CustomerId;
    public string? Country;
}
