namespace ShopSmart.Etl.Sources;

/// <summary>Which comes first in a written date such as 01/12/2010: the month (the UCI CSV, US) or the day (Europe).</summary>
public enum DateOrder
{
    MonthFirst,
    DayFirst,
}
