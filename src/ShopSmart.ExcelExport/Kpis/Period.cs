using System.Globalization;

namespace ShopSmart.ExcelExport.Kpis;

/// <summary>A span of whole days, <see cref="From"/> included, <see cref="Until"/> excluded.</summary>
public sealed record Period(DateOnly From, DateOnly Until)
{
    public int FromKey => DateKey(From);

    public int UntilKey => DateKey(Until);

    /// <summary>"Nov 2011" for a month, "Dec 2010 – Nov 2011" for longer.</summary>
    public string Label
    {
        get
        {
            var last = Until.AddDays(-1);
            var first = From.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            return From.Year == last.Year && From.Month == last.Month
                ? first
                : $"{first} – {last.ToString("MMM yyyy", CultureInfo.InvariantCulture)}";
        }
    }

    private static int DateKey(DateOnly day) => (day.Year * 10000) + (day.Month * 100) + day.Day;
}
