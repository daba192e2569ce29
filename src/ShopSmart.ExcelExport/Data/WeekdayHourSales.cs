namespace ShopSmart.ExcelExport.Data;

/// <summary>A row of <c>mart.v_sales_weekday_hour</c>: one weekday x hour cell with sales.</summary>
public sealed record WeekdayHourSales(int IsoWeekday, string WeekdayName, int Hour, double Revenue, long Orders, long Units, double? ShareOfRevenue)
{
    public static WeekdayHourSales Read(FieldReader f) => new(
        (int)f.Long("iso_weekday"), f.Text("weekday_name"), (int)f.Long("hour_of_day"), f.Double("revenue"), f.Long("orders"),
        f.Long("units"), f.NullableDouble("share_of_revenue"));
}
