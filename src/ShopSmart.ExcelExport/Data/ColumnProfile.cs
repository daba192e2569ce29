namespace ShopSmart.ExcelExport.Data;

/// <summary>A row of <c>mart.v_column_profile</c>: one source column.</summary>
public sealed record ColumnProfile(
    string ColumnName, string DataType, long RowCount, long NullCount, double? NullPct, long DistinctCount, double? MinValue,
    double? MaxValue, double? MeanValue, double? Median)
{
    public static ColumnProfile Read(FieldReader f) => new(
        f.Text("column_name"), f.Text("data_type"), f.Long("row_count"), f.Long("null_count"), f.NullableDouble("null_pct"),
        f.Long("distinct_count"), f.NullableDouble("min_value"), f.NullableDouble("max_value"), f.NullableDouble("mean_value"),
        f.NullableDouble("p50"));
}
