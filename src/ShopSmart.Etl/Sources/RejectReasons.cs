namespace ShopSmart.Etl.Sources;

/// <summary>Reason codes for quarantined rows (etl.rejected_row.reason_code).</summary>
public static class RejectReasons
{
    public const string WrongColumnCount = "WRONG_COLUMN_COUNT";
    public const string MissingInvoice = "MISSING_INVOICE";
    public const string MissingStockCode = "MISSING_STOCK_CODE";
    public const string BadQuantity = "BAD_QUANTITY";
    public const string BadPrice = "BAD_PRICE";
    public const string BadDate = "BAD_DATE";
    public const string ValueTooLong = "VALUE_TOO_LONG";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
    public const string BadText = "BAD_TEXT";
    public const string DuplicateLine = "DUPLICATE_LINE";

    /// <summary>An identifier Excel has rounded and written in scientific notation (5.6789E+12): its lost digits would merge customers or invoices.</summary>
    public const string RoundedIdentifier = "ROUNDED_IDENTIFIER";

    /// <summary>The header line again, inside the data: files joined end to end (cat a.csv b.csv), or exports appended.</summary>
    public const string RepeatedHeader = "REPEATED_HEADER";

    /// <summary>A totals row under the lines (a report's TOTAL, Grand Total, Summe): no sale, and its sum is not counted as one.</summary>
    public const string TotalsRow = "TOTALS_ROW";

    /// <summary>What a query tool writes around the data: sqlcmd's and psql's dashes under the header, their row count after it.</summary>
    public const string QueryToolLine = "QUERY_TOOL_LINE";
}
