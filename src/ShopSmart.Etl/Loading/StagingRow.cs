using ShopSmart.Etl.Cleaning;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// A staged line as stg.sales_line holds it: its text values replaced by the ids of the batch's distinct texts
/// (<see cref="StagingTexts"/>; 0 for a missing value), so the bulk path writes numbers only.
/// </summary>
public readonly record struct StagingRow(
    StagedLine Line,
    int SheetId,
    int InvoiceId,
    int StockCodeId,
    int StockCodeRawId,
    int DescriptionId,
    int CustomerId,
    int CountryId,
    int ProductClassId);
