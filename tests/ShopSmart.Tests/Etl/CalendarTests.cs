using ShopSmart.Etl.Calendar;

namespace ShopSmart.Tests.Etl;

public sealed class CalendarTests
{
    [Theory]
    [InlineData(2010, 4, 4)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    public void Easter_Sunday_is_computed(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), UkBankHolidays.EasterSunday(year));

    [Fact]
    public void England_and_Wales_bank_holidays_of_2011_including_the_royal_wedding()
    {
        DateOnly[] expected =
        [
            new(2011, 1, 3), new(2011, 4, 22), new(2011, 4, 25), new(2011, 4, 29), new(2011, 5, 2),
            new(2011, 5, 30), new(2011, 8, 29), new(2011, 12, 26), new(2011, 12, 27),
        ];
        var actual = Enumerable.Range(0, 365).Select(i => new DateOnly(2011, 1, 1).AddDays(i)).Where(UkBankHolidays.IsHoliday);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Christmas_on_a_Saturday_moves_both_holidays_to_Monday_and_Tuesday()
    {
        Assert.False(UkBankHolidays.IsHoliday(new DateOnly(2010, 12, 25)));
        Assert.True(UkBankHolidays.IsHoliday(new DateOnly(2010, 12, 27)));
        Assert.True(UkBankHolidays.IsHoliday(new DateOnly(2010, 12, 28)));
    }

    [Fact]
    public void Date_rows_carry_ISO_week_and_weekday()
    {
        var row = DateRow.For(new DateOnly(2011, 1, 2)); // a Sunday in ISO week 52 of 2010

        Assert.Equal(20110102, row.DateKey);
        Assert.Equal((2010, 52), (row.IsoYear, row.IsoWeek));
        Assert.Equal(7, row.DayOfWeek);
        Assert.True(row.IsWeekend);
        Assert.Equal("2011-01", row.YearMonth);
        Assert.Equal(1, row.CalendarQuarter);
    }

    [Fact]
    public void Full_years_cover_every_day_between_the_first_and_last_year()
    {
        var rows = DateRow.FullYears(new DateOnly(2010, 12, 1), new DateOnly(2011, 12, 9)).ToList();

        Assert.Equal(365 + 365, rows.Count);
        Assert.Equal(20100101, rows[0].DateKey);
        Assert.Equal(20111231, rows[^1].DateKey);
    }
}
