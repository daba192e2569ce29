using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// A parsed line with every row-level rule applied: the normalised stock code and its class, the flags, and the line
/// hash. What goes to stg.sales_line.
/// </summary>
public sealed record StagedLine(SourceLine Source, string StockCode, string ProductClass, LineFlags Flags, Guid LineHash)
{
    public bool IsCancellation => Has(LineFlags.Cancellation);

    public bool IsBadDebtAdjustment => Has(LineFlags.BadDebtAdjustment);

    public bool IsStockAdjustment => Has(LineFlags.StockAdjustment);

    public bool IsNonProduct => Has(LineFlags.NonProduct);

    public bool IsSale => Has(LineFlags.Sale);

    public int DateKey => DateRow.KeyOf(DateOnly.FromDateTime(Source.InvoiceAt));

    public bool Has(LineFlags flag) => (Flags & flag) != 0;
}
