using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// The row-level cleaning rules: each looks at one line alone and flags it. Rules that need other lines
/// (duplicates, outliers, cancellation links, canonical descriptions) run set-based in the database.
/// </summary>
public sealed class LineClassifier(CleaningOptions options)
{
    public StagedLine Classify(SourceLine line)
    {
        var stockCode = NormaliseStockCode(line.StockCode);
        var isCancellation = IsCancellationInvoice(line.InvoiceNo);
        return new StagedLine(
            line,
            stockCode,
            ClassifyProduct(stockCode),
            isCancellation,
            IsBadDebtAdjustmentInvoice(line.InvoiceNo),
            IsStockAdjustment(line, isCancellation));
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
}
