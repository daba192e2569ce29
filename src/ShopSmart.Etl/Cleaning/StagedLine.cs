using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Cleaning;

/// <summary>A parsed line with the row-level rules applied: what goes to stg.sales_line.</summary>
public sealed record StagedLine(
    SourceLine Source,
    string StockCode,
    string ProductClass,
    bool IsCancellation,
    bool IsBadDebtAdjustment,
    bool IsStockAdjustment);
