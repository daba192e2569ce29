namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// The row-level rules a line matched, set once by <see cref="LineClassifier"/> and staged as they are: no SQL
/// step derives a row-level flag again.
/// </summary>
[Flags]
public enum LineFlags
{
    None = 0,

    /// <summary>Invoice number starting with C.</summary>
    Cancellation = 1 << 0,

    /// <summary>Invoice number starting with A ("Adjust bad debt").</summary>
    BadDebtAdjustment = 1 << 1,

    /// <summary>No customer, no price, not a cancellation: a stock correction booked as a line.</summary>
    StockAdjustment = 1 << 2,

    /// <summary>A stock code that is not goods (postage, fees, vouchers...).</summary>
    NonProduct = 1 << 3,

    MissingCustomer = 1 << 4,

    MissingDescription = 1 << 5,

    ZeroPrice = 1 << 6,

    NegativePrice = 1 << 7,

    /// <summary>
    /// A product sale on its own terms: not a cancellation, adjustment or non-product line, quantity and price above
    /// zero. It is a clean sale unless it turns out to be a duplicate (a set-based rule).
    /// </summary>
    Sale = 1 << 8,

    /// <summary>The stock code as written differs from its normalised form (case, surrounding spaces).</summary>
    StockCodeNormalised = 1 << 9,

    /// <summary>The description has leading or trailing spaces.</summary>
    DescriptionUntrimmed = 1 << 10,

    /// <summary>A customer id, description or country held a null word (NULL, nan, N/A...): read as missing.</summary>
    NullWord = 1 << 11,
}
