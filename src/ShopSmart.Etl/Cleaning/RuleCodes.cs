namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// The cleaning rules as counted per batch in etl.batch_rule_count. Each is described in docs/cleaning-rules.md;
/// the SQL that counts them is Sql/&lt;dialect&gt;/batch_rule_counts.sql.
/// </summary>
public static class RuleCodes
{
    public const string Cancellation = "CANCELLATION";
    public const string CancellationLinked = "CANCELLATION_LINKED";
    public const string BadDebtAdjustment = "BAD_DEBT_ADJUSTMENT";
    public const string StockAdjustment = "STOCK_ADJUSTMENT";
    public const string NonProduct = "NON_PRODUCT";
    public const string MissingCustomer = "MISSING_CUSTOMER";
    public const string MissingDescription = "MISSING_DESCRIPTION";
    public const string ZeroPrice = "ZERO_PRICE";
    public const string NegativePrice = "NEGATIVE_PRICE";
    public const string Duplicate = "DUPLICATE";
    public const string QuantityOutlier = "QUANTITY_OUTLIER";
    public const string PriceOutlier = "PRICE_OUTLIER";
    public const string StockCodeCaseOrSpace = "STOCK_CODE_NORMALISED";
    public const string DescriptionSpaces = "DESCRIPTION_UNTRIMMED";
    public const string DescriptionVariant = "DESCRIPTION_NOT_CANONICAL";
    public const string RejectedPrefix = "REJECTED:";
}
