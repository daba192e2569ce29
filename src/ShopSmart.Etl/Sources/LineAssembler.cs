using System.Collections.Frozen;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Turns a row's fields into a loadable <see cref="SourceLine"/> or a <see cref="RejectedLine"/> with the first
/// problem found. The same rules serve every reader, so a CSV and an xlsx of the same data load alike.
/// </summary>
public static class LineAssembler
{
    // Widths of the warehouse columns; longer values are quarantined rather than truncated.
    public const int MaxInvoiceLength = 20;
    public const int MaxStockCodeLength = 20;
    public const int MaxDescriptionLength = 200;
    public const int MaxCustomerIdLength = 100;
    public const int MaxCountryLength = 100;

    /// <summary>
    /// Prices and line values (quantity × unit price) must lie strictly inside ±10^14: the warehouse keeps them as
    /// DECIMAL(18, 4), which DuckDB sums as 64-bit integers. A line beyond it is quarantined, not loaded with a value
    /// the columns cannot hold.
    /// </summary>
    public const decimal AmountLimit = 100_000_000_000_000m;

    /// <summary>
    /// Quantities must lie inside ±(2^31 − 1): the warehouse keeps them as INT, and the outlier rule takes their size,
    /// which -2^31 has none of in an INT. A line beyond it is quarantined.
    /// </summary>
    public const int QuantityLimit = int.MaxValue;

    /// <param name="isMissingWord">Whether a value is a word for a missing one (NULL, nan…); none is, when null.</param>
    public static SourceLine? Assemble(in LineFields f, Func<string> rawValues, out RejectedLine? rejected, Func<string?, bool>? isMissingWord = null)
    {
        rejected = null;
        var problem = FirstProblem(f, isMissingWord ?? (_ => false));
        if (problem is not null)
        {
            // A totals row's quantity × price is the file's sum again, not a sale: counted, it would double "read from file".
            decimal? value = f.Quantity is { } q && f.UnitPrice is { } p && problem.Value.Code != RejectReasons.TotalsRow ? q * p : null;
            rejected = new RejectedLine(f.Sheet, f.RowNumber, problem.Value.Code, problem.Value.Detail, rawValues(), value is { } v && InRange(v) ? v : null);
            return null;
        }

        return new SourceLine(
            f.Sheet, f.RowNumber, f.InvoiceNo!, Unpadded(f.StockCode, MaxStockCodeLength)!, Unpadded(f.Description, MaxDescriptionLength),
            f.Quantity!.Value, f.InvoiceAt!.Value,
            f.UnitPrice!.Value, f.CustomerId, f.Country);
    }

    /// <summary>
    /// The words a report writes on its totals row, in the languages of the exports read (a value that is only one of
    /// them, without case: TOTAL, Grand Total, Summe, Total général).
    /// </summary>
    private static readonly FrozenSet<string> TotalWords = new[]
    {
        "total", "totals", "grand total", "subtotal", "sub-total", "sub total", "sum", "total général", "total general", "summe",
        "gesamt", "gesamtsumme", "totaal", "totale", "suma", "summa", "totalt", "yhteensä",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Read for every line's invoice number: a number, or C and a number, is none of them at a glance.
    private static bool IsTotalWord(string? text) =>
        text is { Length: >= 3 and <= 16 } && char.IsLetter(text[0]) && !char.IsAsciiDigit(text[1]) && TotalWords.Contains(text.Trim().TrimEnd(':'));

    private static (string Code, string Detail)? FirstProblem(in LineFields f, Func<string?, bool> isMissingWord)
    {
        var noInvoice = f.InvoiceNo is null || isMissingWord(f.InvoiceNo);
        var totalInvoice = !noInvoice && IsTotalWord(f.InvoiceNo);
        if ((noInvoice || totalInvoice)
            && (totalInvoice ? f.InvoiceNo : IsTotalWord(f.StockCode) ? f.StockCode : IsTotalWord(f.Description) ? f.Description : null) is { } total)
        {
            return (RejectReasons.TotalsRow, $"a totals row ('{total.Trim()}') under the lines, not a sales line: its quantity × price is not counted");
        }

        if (noInvoice)
        {
            return (RejectReasons.MissingInvoice, f.InvoiceNo is null ? "InvoiceNo is empty" : $"InvoiceNo is '{f.InvoiceNo}', a word for a missing value");
        }

        if (f.StockCode is null || isMissingWord(f.StockCode))
        {
            return (RejectReasons.MissingStockCode, f.StockCode is null ? "StockCode is empty" : $"StockCode is '{f.StockCode}', a word for a missing value");
        }

        if (f.Quantity is null)
        {
            return (f.QuantityOutOfRange ? RejectReasons.ValueOutOfRange : RejectReasons.BadQuantity, f.QuantityError ?? "Quantity is empty");
        }

        if (f.UnitPrice is null)
        {
            return (f.PriceOutOfRange ? RejectReasons.ValueOutOfRange : RejectReasons.BadPrice, f.PriceError ?? "UnitPrice is empty");
        }

        if (f.InvoiceAt is null)
        {
            return (RejectReasons.BadDate, f.DateError ?? "InvoiceDate is empty");
        }

        var value = f.Quantity.Value * f.UnitPrice.Value;
        if (!InRange(value))
        {
            return (RejectReasons.ValueOutOfRange, $"Quantity × UnitPrice = {value:0.####} is outside the warehouse's range (±{AmountLimit:0})");
        }

        if (FieldParsers.IsRoundedByExcel(f.InvoiceNo) || FieldParsers.IsRoundedByExcel(f.CustomerId))
        {
            return RoundedByExcel(f);
        }

        return TooLong("InvoiceNo", f.InvoiceNo, MaxInvoiceLength)
            ?? TooLong("StockCode", Unpadded(f.StockCode, MaxStockCodeLength), MaxStockCodeLength)
            ?? TooLong("Description", Unpadded(f.Description, MaxDescriptionLength), MaxDescriptionLength)
            ?? TooLong("CustomerID", f.CustomerId, MaxCustomerIdLength)
            ?? TooLong("Country", f.Country, MaxCountryLength)
            ?? (f.MayHoldNul
                ? HoldsNul("InvoiceNo", f.InvoiceNo)
                    ?? HoldsNul("StockCode", f.StockCode)
                    ?? HoldsNul("Description", f.Description)
                    ?? HoldsNul("CustomerID", f.CustomerId)
                    ?? HoldsNul("Country", f.Country)
                : null);
    }

    /// <summary>
    /// A NUL character inside a value is damage, not text: DuckDB would keep the value only up to it and SQL Server
    /// whole, so the line is quarantined rather than loaded cut short on one engine. (A value of NULs only is blank.)
    /// </summary>
    private static (string, string)? HoldsNul(string column, string? value) =>
        value?.IndexOf('\0') is { } at and >= 0
            ? (RejectReasons.BadText, $"{column} holds a NUL character at position {at + 1} (a damaged export?)")
            : null;

    /// <summary>The note of a line whose invoice number or customer id Excel has rounded (off the common path: rare).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (string, string) RoundedByExcel(in LineFields f)
    {
        var (column, value, what) = FieldParsers.IsRoundedByExcel(f.InvoiceNo)
            ? ("InvoiceNo", f.InvoiceNo, "invoices")
            : ("CustomerID", f.CustomerId, "customers");
        return (RejectReasons.RoundedIdentifier,
            $"{column} '{value}' is a long number Excel has rounded and written in scientific notation: its last digits are lost, and " +
            $"different {what} would read as one. Format the column as text in the workbook it came from (or export it again), save, and load that");
    }

    /// <summary>Whether a price or a line value fits the warehouse (strictly inside ±<see cref="AmountLimit"/>).</summary>
    public static bool InRange(decimal amount) => Math.Abs(amount) < AmountLimit;

    /// <summary>
    /// A stock code or description keeps the spaces around it as written (a fifth of the UCI descriptions end in one),
    /// except where it fits its column only without them: a padded export (<c>sqlcmd</c> without <c>-W</c> pads every
    /// value to its column's width), whose padding is not data. The line hash leaves those spaces out either way.
    /// </summary>
    private static string? Unpadded(string? value, int max) => value is not null && value.Length > max ? value.Trim() : value;

    private static (string, string)? TooLong(string column, string? value, int max) =>
        value is not null && value.Length > max
            ? (RejectReasons.ValueTooLong, $"{column} has {value.Length} characters (at most {max})")
            : null;
}
