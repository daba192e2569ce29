using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class WorkbookTextDatesTests
{
    private static string? Refusal(params string[] texts)
    {
        var dates = new WorkbookTextDates();
        for (var i = 0; i < texts.Length; i++)
        {
            dates.Add(null, i + 2, texts[i]);
        }

        try
        {
            dates.Verify("book.xlsx");
            return null;
        }
        catch (SourceFileException ex)
        {
            return ex.Message;
        }
    }

    [Fact]
    public void Month_first_text_iso_text_or_no_text_date_reads_as_it_always_did()
    {
        Assert.Null(Refusal());
        Assert.Null(Refusal("12/13/2010 09:02", "01/12/2010 08:26")); // 13 cannot be a month: month first, 01/12 is 12 January
        Assert.Null(Refusal("2010-12-01 08:26:00"));
    }

    [Fact]
    public void Day_first_text_dates_are_refused_with_the_row_that_shows_it()
    {
        var message = Refusal("01/12/2010 08:26", "13/12/2010 09:02");

        Assert.NotNull(message);
        Assert.Contains("day first (row 3 '13/12/2010 09:02')", message);
        Assert.Contains("--date-order day-first", message);
    }

    [Fact]
    public void Text_dates_that_never_settle_the_order_or_disagree_are_refused()
    {
        Assert.Contains("none settles it: row 2 '01/12/2010 08:26'", Refusal("01/12/2010 08:26"));
        Assert.Contains("disagree", Refusal("12/13/2010 09:02", "13/12/2010 09:02"));
    }

    [Fact]
    public void The_majority_decides_as_in_a_csv_file_so_one_typo_does_not_refuse_the_workbook()
    {
        // Three month-first dates and one day-first typo: month first, the typo left to its row (BAD_DATE)
        Assert.Null(Refusal("12/13/2010 09:02", "12/14/2010 09:02", "12/15/2010 09:02", "16/12/2010 09:02"));
        Assert.NotNull(Refusal("13/12/2010 09:02", "14/12/2010 09:02", "12/15/2010 09:02"));
    }

    [Fact]
    public void A_given_order_the_text_dates_contradict_is_refused_and_one_they_agree_with_is_not()
    {
        var given = new WorkbookTextDates(DateOrder.DayFirst);
        given.Add("Sheet1", 2, "12/1/2010 08:26"); // either way
        given.Add("Sheet1", 3, "12/13/2010 09:02"); // month first only
        given.Add("Sheet1", 4, "12/14/2010 09:02");
        given.Add("Sheet1", 5, "12/15/2010 09:02");

        var message = Assert.Throws<SourceFileException>(() => given.Verify("book.xlsx")).Message;

        Assert.Contains(
            "--date-order day-first was given (or Etl:Source:DateOrder), but 3 of the file's 4 dates written as text read only month first " +
            "(the first: sheet 'Sheet1' row 3 '12/13/2010 09:02') and none only day first",
            message);
        var agreeing = new WorkbookTextDates(DateOrder.MonthFirst);
        agreeing.Add("Sheet1", 3, "12/13/2010 09:02");
        agreeing.Verify("book.xlsx");
        var ambiguous = new WorkbookTextDates(DateOrder.DayFirst);
        ambiguous.Add("Sheet1", 2, "01/12/2010 08:26"); // the given order settles what the file does not
        ambiguous.Verify("book.xlsx");
    }

    [Fact]
    public void Date_cells_whose_days_are_the_months_of_text_dates_that_read_one_way_only_are_cells_a_spreadsheet_swapped()
    {
        // Cells of 12 January and 12 February beside a text date only month first: refused, whatever the order given
        foreach (var order in new DateOrder?[] { null, DateOrder.MonthFirst, DateOrder.DayFirst })
        {
            var swapped = new WorkbookTextDates(order);
            swapped.AddCell("Sheet1", 2, new DateTime(2010, 1, 12, 8, 26, 0));
            swapped.AddCell("Sheet1", 3, new DateTime(2010, 2, 12, 8, 28, 0));
            swapped.Add("Sheet1", 4, "12/13/2010 9:35");
            var message = Assert.Throws<SourceFileException>(() => swapped.Verify("book.xlsx")).Message;
            Assert.Contains("(the first: sheet 'Sheet1' row 4 '12/13/2010 9:35')", message);
            Assert.Contains("(the first: sheet 'Sheet1' row 2 '2010-01-12 08:26')", message);
        }

        // A cell whose day is no text's month, only cells, or text that reads either way: nothing says the cells were swapped
        var typed = new WorkbookTextDates();
        typed.AddCell("Sheet1", 2, new DateTime(2010, 1, 12, 8, 26, 0));
        typed.AddCell("Sheet1", 3, new DateTime(2010, 12, 13, 8, 28, 0));
        typed.Add("Sheet1", 4, "12/14/2010 9:35");
        typed.Verify("book.xlsx");
        var firstDays = new WorkbookTextDates(DateOrder.MonthFirst);
        for (var day = 1; day <= 10; day++)
        {
            firstDays.AddCell("Sheet1", day + 1, new DateTime(2010, 12, day, 9, 0, 0));
        }

        firstDays.Add("Sheet1", 12, "12/13/2010 09:00");
        firstDays.Verify("book.xlsx");
        var cellsOnly = new WorkbookTextDates();
        cellsOnly.AddCell("Sheet1", 2, new DateTime(2010, 12, 1, 8, 26, 0));
        cellsOnly.Verify("book.xlsx");
        var eitherWay = new WorkbookTextDates(DateOrder.MonthFirst);
        eitherWay.AddCell("Sheet1", 2, new DateTime(2010, 12, 1, 8, 26, 0));
        eitherWay.Add("Sheet1", 3, "12/2/2010 9:35");
        eitherWay.Verify("book.xlsx");
    }
}
