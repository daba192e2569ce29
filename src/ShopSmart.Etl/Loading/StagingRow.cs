namespace ShopSmart.Etl.Loading;

/// <summary>
/// A staged line as stg.sales_line holds it: its text values replaced by the ids of the batch's distinct texts
/// (<see cref="StagingTexts"/>; 0 for a missing value), so the bulk path writes numbers only. Numbers only here too:
/// a chunk of rows waits in the queue between the reader and the writer, and rows that referenced the parsed line
/// kept its strings alive into the garbage collector's older generations, which the reader thread then paid to copy.
/// </summary>
public readonly record struct StagingRow(
    int SheetId,
    long RowNumber,
    int InvoiceId,
    DateTime InvoiceAt,
    int StockCodeId,
    int StockCodeRawId,
    int DescriptionId,
    int Quantity,
    decimal UnitPrice,
    int CustomerId,
    int CountryId,
    int ProductClassId,
    Guid LineHash,
    int Flags);
