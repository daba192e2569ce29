namespace ShopSmart.Etl.Sources;

/// <summary>
/// The eight columns of an Online Retail transaction line, whatever the layout calls them, and the one a file may add:
/// the time of day in a column of its own beside a date-only InvoiceDate (point-of-sale and ERP exports).
/// </summary>
public enum SourceColumn
{
    InvoiceNo,
    StockCode,
    Description,
    Quantity,
    InvoiceDate,
    UnitPrice,
    CustomerId,
    Country,

    /// <summary>Optional, and in no layout's list: <see cref="SourceLayout.TimeOrdinal"/>.</summary>
    InvoiceTime,
}
