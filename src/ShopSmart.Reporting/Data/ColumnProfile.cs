namespace ShopSmart.Reporting.Data;

/// <summary>A source column's profile (mart.v_column_profile); the statistics are null for text columns.</summary>
public sealed record ColumnProfile(
    int Position, string Name, string DataType, long Rows, long Nulls, double NullPct, long Distinct,
    double? Min, double? Max, double? Mean, double? StdDev, double? P25, double? P50, double? P75);
