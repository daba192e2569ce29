using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// The row-level cleaning rules: each looks at one line alone and flags it, and the line's hash is taken here. This is
/// the one home of every row-level rule; rules that need other lines (duplicates, outliers, cancellation links,
/// canonical descriptions) run set-based in the database.
/// </summary>
public sealed class LineClassifier(CleaningOptions options)
{
    private readonly HashSet<string> _nullWords = new(options.MissingValueWords.Select(w => w.Trim()), StringComparer.OrdinalIgnoreCase);
    private readonly int _longestNullWord = options.MissingValueWords.Select(w => w.Trim().Length).DefaultIfEmpty(0).Max();
    private readonly HashSet<string> _placeholderCustomers = new(options.PlaceholderCustomerIds.Select(w => w.Trim()).Where(w => w.Length > 0), StringComparer.OrdinalIgnoreCase);

    // As for the null words: a customer id that starts otherwise than every placeholder is ruled out without a lookup.
    private readonly System.Buffers.SearchValues<char> _placeholderStarts = FirstLetters(options.PlaceholderCustomerIds);

    // The first letters of the null words, both cases: an invoice number, stock code or customer id as short as a null
    // word but starting with a digit is ruled out without a lookup (three of them on every line).
    private readonly System.Buffers.SearchValues<char> _nullWordStarts = FirstLetters(options.MissingValueWords);

    /// <summary>The first letters of words, in both cases, once their surrounding spaces are trimmed.</summary>
    private static System.Buffers.SearchValues<char> FirstLetters(IEnumerable<string> words) => System.Buffers.SearchValues.Create(
        string.Concat(words.Select(w => w.Trim()).Where(w => w.Length > 0).Select(w => $"{char.ToUpperInvariant(w[0])}{char.ToLowerInvariant(w[0])}")));

    public StagedLine Classify(SourceLine source)
    {
        var line = WithoutNullWords(source, out var hadNullWord);
        var stockCode = NormaliseStockCode(line.StockCode);
        var productClass = ClassifyProduct(stockCode);
        var flags = Flags(line, stockCode, productClass);
        if (hadNullWord)
        {
            flags |= LineFlags.NullWord;
        }

        var hash = LineHash.Of(
            line.InvoiceNo, line.StockCode, line.Description, line.Quantity, line.InvoiceAt, line.UnitPrice, line.CustomerId, line.Country);
        return new StagedLine(line, stockCode, productClass, flags, hash);
    }

    /// <summary>True when <paramref name="text"/> is one of the configured null words (NULL, nan, N/A...).</summary>
    public bool IsNullWord(string? text) =>
        text is not null
        && text.Length > 0
        && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || (text.Length <= _longestNullWord && _nullWordStarts.Contains(text[0]))) // most values are longer or start otherwise
        && _nullWords.Contains(text.Trim());

    /// <summary>
    /// True when a customer id only stands for "no customer": zeros only (0, 00000), or a configured placeholder (-1).
    /// </summary>
    public bool IsPlaceholderCustomer(string? id)
    {
        var trimmed = id.AsSpan().Trim();
        return !trimmed.IsEmpty
            && (trimmed.IndexOfAnyExcept('0') < 0
                || (_placeholderStarts.Contains(trimmed[0]) && _placeholderCustomers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed)));
    }

    /// <summary>The line with null words in its customer id, description and country read as missing, and a placeholder customer.</summary>
    private SourceLine WithoutNullWords(SourceLine line, out bool found)
    {
        var customer = IsNullWord(line.CustomerId) || IsPlaceholderCustomer(line.CustomerId);
        var description = IsNullWord(line.Description);
        var country = IsNullWord(line.Country);
        found = customer || description || country;
        return found
            ? line with
            {
                CustomerId = customer ? null : line.CustomerId,
                Description = description ? null : line.Description,
                Country = country ? null : line.Country,
            }
            : line;
    }

    /// <summary>Cancellations carry a C before the invoice number (C536379).</summary>
    public static bool IsCancellationInvoice(string invoiceNo) => invoiceNo.StartsWith('C') || invoiceNo.StartsWith('c');

    /// <summary>"Adjust bad debt" entries carry an A before the invoice number (A563185).</summary>
    public static bool IsBadDebtAdjustmentInvoice(string invoiceNo) => invoiceNo.StartsWith('A') || invoiceNo.StartsWith('a');

    /// <summary>
    /// Stock corrections booked as sales lines: no customer, no price, not a cancellation invoice
    /// (descriptions such as "damaged", "lost", "?", "found").
    /// </summary>
    public static bool IsStockAdjustment(SourceLine line, bool isCancellation) =>
        !isCancellation && line.CustomerId is null && line.UnitPrice == 0m;

    /// <summary>Stock codes that differ only by case or surrounding spaces are one product (85123a = 85123A).</summary>
    public static string NormaliseStockCode(string raw) => raw.Trim().ToUpperInvariant();

    public string ClassifyProduct(string normalisedStockCode)
    {
        if (options.NonProductCodes.TryGetValue(normalisedStockCode, out var productClass))
        {
            return productClass;
        }

        foreach (var (prefix, prefixClass) in options.NonProductPrefixes)
        {
            if (normalisedStockCode.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefixClass;
            }
        }

        return ProductClasses.Product;
    }

    private static LineFlags Flags(SourceLine line, string stockCode, string productClass)
    {
        var flags = LineFlags.None;
        var isCancellation = IsCancellationInvoice(line.InvoiceNo);
        Set(ref flags, LineFlags.Cancellation, isCancellation);
        Set(ref flags, LineFlags.BadDebtAdjustment, IsBadDebtAdjustmentInvoice(line.InvoiceNo));
        Set(ref flags, LineFlags.StockAdjustment, IsStockAdjustment(line, isCancellation));
        Set(ref flags, LineFlags.NonProduct, productClass != ProductClasses.Product);
        Set(ref flags, LineFlags.MissingCustomer, line.CustomerId is null);
        Set(ref flags, LineFlags.MissingDescription, line.Description is null);
        Set(ref flags, LineFlags.ZeroPrice, line.UnitPrice == 0m);
        Set(ref flags, LineFlags.NegativePrice, line.UnitPrice < 0m);
        Set(ref flags, LineFlags.StockCodeNormalised, !string.Equals(line.StockCode, stockCode, StringComparison.Ordinal));
        Set(ref flags, LineFlags.DescriptionUntrimmed, line.Description is { } d && (d[0] == ' ' || d[^1] == ' '));
        const LineFlags notASale = LineFlags.Cancellation | LineFlags.BadDebtAdjustment | LineFlags.StockAdjustment | LineFlags.NonProduct;
        Set(ref flags, LineFlags.Sale, (flags & notASale) == 0 && line.Quantity > 0 && line.UnitPrice > 0m);
        return flags;
    }

    private static void Set(ref LineFlags flags, LineFlags flag, bool on)
    {
        if (on)
        {
            flags |= flag;
        }
    }
}
