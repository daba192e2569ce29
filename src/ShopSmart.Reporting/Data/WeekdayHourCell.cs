namespace ShopSmart.Reporting.Data;

/// <summary>A cell of mart.v_sales_weekday_hour (ISO weekday 1 = Monday).</summary>
public sealed record WeekdayHourCell(int IsoWeekday, int Hour, double Revenue, long Orders);
