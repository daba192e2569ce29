using ShopSmart.Core.Insights;

namespace ShopSmart.Tests.Insights;

public sealed class RetentionTests
{
    [Fact]
    public void Month_one_retention_weights_cohorts_by_size_counts_absent_cells_as_zero_and_skips_the_latest_cohort()
    {
        // Given Jan (10 customers, 3 back in Feb), Feb (5, nobody back in Mar: no cell), Mar (8, the last month: no month 1 yet)
        CohortCell[] cells =
        [
            new("2011-01", 0, 10, 10), new("2011-01", 1, 10, 3), new("2011-01", 2, 10, 1),
            new("2011-02", 0, 5, 5),
            new("2011-03", 0, 8, 8),
        ];

        // When the month-one rate is computed, then it is (3 + 0) / (10 + 5)
        Assert.Equal(3.0 / 15, Retention.MonthOne(cells)!.Value, 12);
    }

    [Fact]
    public void No_cohort_with_a_month_one_in_the_data_gives_no_rate()
    {
        Assert.Null(Retention.MonthOne([new CohortCell("2011-03", 0, 8, 8)]));
        Assert.Null(Retention.MonthOne([]));
    }

    [Theory]
    [InlineData("2010-12", 11, "2011-12-09", true)]  // November 2011: complete
    [InlineData("2010-12", 12, "2011-12-09", false)] // December 2011, cut short on the 9th
    [InlineData("2011-12", 0, "2011-12-09", false)]
    [InlineData("2010-12", 12, "2011-12-31", true)]  // the data ends with the month
    [InlineData("2011-02", 10, "2011-12-09", false)]
    public void A_cell_in_the_month_the_data_stops_in_counts_only_when_the_data_reaches_its_end(
        string cohort, int offset, string lastDay, bool complete) =>
        Assert.Equal(complete, Retention.InCompleteMonth(cohort, offset, DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)));
}
