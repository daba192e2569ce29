namespace ShopSmart.Etl.Sources;

/// <summary>The eight columns of an Online Retail transaction line, whatever the layout calls them.</summary>
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
}
