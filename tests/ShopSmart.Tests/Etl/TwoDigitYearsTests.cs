using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

public sealed class TwoDigitYearsTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    private static string? Refusal(params string[] dates)
    {
        var years = new TwoDigitYears();
        for (var i = 0; i < dates.Length; i++)
        {
            years.Add(null, i + 2, dates[i]);
        }

        try
        {
            years.Verify("orders.csv");
            return null;
        }
        catch (SourceFileException ex)
        {
            return ex.Message;
        }
    }

    [Fact]
    public void Dates_whose_last_number_changes_more_than_their_first_look_year_first_and_are_refused()
    {
        // 20, 21 and 22 May 2023 written yy/MM/dd: the last number is the day
        var message = Refusal("23/05/20 08:26", "23/05/21 09:00", "23/05/22 10:15");

        Assert.NotNull(message);
        Assert.Contains("(the first: row 2 '23/05/20 08:26'; then row 3 '23/05/21 09:00')", message);
        Assert.Contains("year first (yy/MM/dd)", message);
    }

    [Fact]
    public void Day_or_month_first_dates_four_digit_years_and_a_single_day_are_read()
    {
        Assert.Null(Refusal("01/12/10 08:26", "02/12/10 08:26", "13/12/10 08:26", "05/01/11 08:26")); // day first over two years
        Assert.Null(Refusal("12/01/10 08:26", "12/13/10 08:26", "1/5/11 8:00"));                     // month first
        Assert.Null(Refusal("23/05/20 08:26", "23/05/20 09:00"));                                     // one day: cannot tell
        Assert.Null(Refusal("20/05/2023 08:26", "21/05/2023 08:26", "22/05/2024 08:26"));             // four-digit years say nothing
        Assert.Null(Refusal());
        Assert.Null(Refusal("12/1/10", "12/2/10", "12/24/10", "12/1/11", "12/24/11"));                // December of two years, month first
        Assert.Null(Refusal("1/11/10", "1/12/10", "1/1/11", "1/2/11"));                               // billed on the 1st, day first
    }

    [Fact]
    public void A_text_mark_before_a_date_does_not_hide_it_from_the_checks()
    {
        Assert.NotNull(Refusal("'23/05/20 08:26", "'23/05/21 09:00", "'23/05/22 10:15"));
        Assert.Equal(DialectEvidence.Vote.Second, DialectEvidence.DateOrder("'13/12/2010 08:26", out _, out _));
    }

    [Fact]
    public void A_csv_written_year_first_with_a_two_digit_year_is_refused_not_read_as_day_first()
    {
        // Given a file a Japanese or ERP export wrote yy/MM/dd: its first numbers (23) can only be days, so it votes day first
        var path = TestData.WriteCsv(_files.File("yymmdd.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,23/05/20 08:26,2.55,17850,United Kingdom",
            "536366,22633,HAND WARMER UNION JACK,6,23/06/14 08:28,1.85,17850,United Kingdom",
            "536367,22632,HAND WARMER RED POLKA DOT,6,23/07/03 08:34,1.85,13047,United Kingdom",
        ]);

        var refused = Assert.Throws<SourceFileException>(() => SourceReader.Read(SourceFile.Inspect(path), new CollectingSink(), new SourceOptions(), default));

        Assert.Contains("they look year first (yy/MM/dd)", refused.Message);
    }
}
