namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// What the generator imitates, measured on the full UCI Online Retail file (541,909 lines, 2010-12-01 to
/// 2011-12-09) with the ETL's definitions. Shares are of all lines.
/// </summary>
public static class RealDataRates
{
    public const int Lines = 541_909;

    /// <summary>Customers with an id (4,372), for the default customers-per-line ratio.</summary>
    public const int Customers = 4_372;

    /// <summary>Lines of "C" invoices: 9,288.</summary>
    public const double Cancellation = 9_288.0 / Lines;

    /// <summary>Share of cancellation lines with no customer (4.1%): they can link to nothing.</summary>
    public const double CancellationWithoutCustomer = 0.041;

    /// <summary>Lines with no CustomerID: 135,080 (guest invoices, stock adjustments, bad debt).</summary>
    public const double MissingCustomer = 135_080.0 / Lines;

    /// <summary>Second and later copies of a line identical in all eight columns: 5,268.</summary>
    public const double Duplicate = 5_268.0 / Lines;

    /// <summary>Postage, carriage, manual, bank charges, fees, samples, vouchers: 2,950.</summary>
    public const double NonProduct = 2_950.0 / Lines;

    /// <summary>No customer, price 0, not a cancellation ("damaged", "check", "?", empty): 2,475.</summary>
    public const double StockAdjustment = 2_475.0 / Lines;

    /// <summary>"A" invoices, "Adjust bad debt": 3.</summary>
    public const double BadDebt = 3.0 / Lines;

    /// <summary>Product lines per invoice of a known customer (mean 21.5; quartiles 6, 15, 28).</summary>
    public const double LinesPerCustomerInvoice = 21.5;

    /// <summary>Product lines per guest invoice: few small ones, many large ones (median 36, 75th percentile 145).</summary>
    public const double LinesPerGuestInvoice = 90;

    /// <summary>Cancellation lines per "C" invoice (mean 2.4).</summary>
    public const double LinesPerCancellationInvoice = 2.4;
}
