namespace ShopSmart.Etl.Cleaning;

/// <summary>The cleaning rules' settings, bound from the <c>Etl:Cleaning</c> configuration section.</summary>
public sealed class CleaningOptions
{
    public const string SectionName = "Etl:Cleaning";

    /// <summary>What to do with the second and later copies of an exactly repeated source line.</summary>
    public DuplicatePolicy Duplicates { get; set; } = DuplicatePolicy.Flag;

    /// <summary>
    /// Robust z-score (|x − median| / (1.4826·MAD), Iglewicz &amp; Hoaglin) on log10 |quantity| and log10 price above
    /// which a line is flagged as an outlier, over everything loaded (dw.v_line_outlier). 3.5 is the textbook cut-off.
    /// </summary>
    public double OutlierZScore { get; set; } = 3.5;

    /// <summary>
    /// Words that mean "no value" when they are all a customer id, description or country holds — what pandas, SQL
    /// tools and Excel write for a missing value (\N: MySQL's and Hive's exports, PostgreSQL's text COPY). Compared
    /// without case or surrounding spaces. Configured words are added to these.
    /// </summary>
    public string[] MissingValueWords { get; set; } = ["NULL", "nan", "None", "N/A", "#N/A", "NA", "<NA>", "NaT", "#NULL!", @"\N"];

    /// <summary>
    /// Customer ids that stand for "no customer" — what point-of-sale and ERP exports write for a guest — beside ids of
    /// zeros only (0, 00000), which always do. Read as a missing customer: loaded as one customer, a placeholder would be
    /// the shop's biggest, and every model and recommendation would court it.
    /// </summary>
    public string[] PlaceholderCustomerIds { get; set; } = ["-1"];

    /// <summary>Stock codes of lines that are not products, with their class. Keys compare without case.</summary>
    public Dictionary<string, string> NonProductCodes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST"] = ProductClasses.Postage,
        ["DOT"] = ProductClasses.Postage,
        ["C2"] = ProductClasses.Carriage,
        ["M"] = ProductClasses.Manual,
        ["BANK CHARGES"] = ProductClasses.BankCharges,
        ["AMAZONFEE"] = ProductClasses.MarketplaceFee,
        ["PADS"] = ProductClasses.Adjustment,
        ["CRUK"] = ProductClasses.Charity,
        ["D"] = ProductClasses.Discount,
        ["S"] = ProductClasses.Samples,
        ["B"] = ProductClasses.BadDebt,
        ["ADJUST"] = ProductClasses.Adjustment,
        ["ADJUST2"] = ProductClasses.Adjustment,
        ["TEST001"] = ProductClasses.Test,
        ["TEST002"] = ProductClasses.Test,
    };

    /// <summary>Stock code prefixes of non-product lines (gift vouchers are gift_0001_10, gift_0001_20, ...).</summary>
    public Dictionary<string, string> NonProductPrefixes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GIFT_"] = ProductClasses.GiftVoucher,
    };
}

/// <summary>Exact duplicate lines: kept and flagged, or moved to quarantine.</summary>
public enum DuplicatePolicy
{
    /// <summary>Load every copy; the second and later carry is_duplicate and the views leave them out.</summary>
    Flag,

    /// <summary>Load the first copy; the others go to etl.rejected_row with reason DUPLICATE_LINE.</summary>
    Quarantine,
}
