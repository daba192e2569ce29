using ShopSmart.Core.Insights;

namespace ShopSmart.Tests.Insights;

public sealed class CalendarMonthsTests
{
    [Theory]
    [InlineData("2011-12-09", "2011-11-01")] // the UCI data stops on the 9th: November is the last full month
    [InlineData("2011-11-30", "2011-11-01")]
    [InlineData("2012-02-29", "2012-02-01")] // a leap year's February ends on the 29th
    [InlineData("2011-02-28", "2011-02-01")]
    [InlineData("2012-02-28", "2012-01-01")]
    [InlineData("2011-01-01", "2010-12-01")]
    public void The_last_full_month_is_the_one_the_data_reaches_the_end_of(string lastDay, string expected)
    {
        var day = DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CalendarMonths.LastFullMonth(day));
    }
}
