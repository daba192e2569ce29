namespace ShopSmart.Cli.Query;

/// <summary>How <c>shopsmart sql</c> prints a result.</summary>
public enum ResultFormat
{
    /// <summary>A table for a person at a terminal (the first 1,000 rows unless --limit says otherwise).</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header row, for spreadsheets and scripts.</summary>
    Csv,

    /// <summary>A JSON array of objects keyed by column name, one row per line.</summary>
    Json,
}
