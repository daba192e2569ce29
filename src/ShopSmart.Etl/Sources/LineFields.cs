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

    /// <summary>
    /// The row's text may hold a NUL, so its values are looked at for one: a CSV says so from the whole record (one scan
    /// instead of one per value), a legacy .xls always; an .xlsx cannot hold one (XML has no NUL).
    /// </summary>
    public bool MayHoldNul;

    /// <summary>The quantity's error is that the warehouse cannot hold it (VALUE_OUT_OF_RANGE), not that it is no number.</summary>
    public bool QuantityOutOfRange;

    /// <summary>The price's error is that the warehouse cannot hold it (VALUE_OUT_OF_RANGE), not that it is no number.</summary>
    public bool PriceOutOfRange;

    /// <summary>The quantity as read, or the note saying why <paramref name="text"/> gives none.</summary>
    public void SetQuantity(NumberRead read, int value, ReadOnlySpan<char> text)
    {
        if (read == NumberRead.Ok)
        {
            Quantity = value;
            return;
        }

        QuantityOutOfRange = read != NumberRead.NotANumber;
        QuantityError = QuantityOutOfRange
            ? $"Quantity '{text}' is outside the warehouse's range (±{LineAssembler.QuantityLimit:N0})"
            : $"Quantity '{text}' is not a whole number";
    }

    /// <summary>The price as read, or the note saying why <paramref name="text"/> gives none.</summary>
    /// <param name="expected">What a price is in this file, for the note (<c>a number with a decimal comma</c>).</param>
    public void SetPrice(NumberRead read, decimal value, ReadOnlySpan<char> text, string expected)
    {
        if (read == NumberRead.Ok)
        {
            UnitPrice = value;
            return;
        }

        PriceOutOfRange = read != NumberRead.NotANumber;
        PriceError = read switch
        {
            NumberRead.OutOfRange => $"UnitPrice '{text}' is outside the warehouse's range (±{LineAssembler.AmountLimit:N0})",
            NumberRead.BelowPrecision => $"UnitPrice '{text}' is not zero but below the warehouse's precision (0.0001)",
            _ => $"UnitPrice '{text}' is not {expected}",
        };
    }
}
