using ClosedXML.Excel;
using Dapper;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// Exports that write the date and the time of day in two columns (Square, SAP Business One, many tills): the time is
/// read and added to the date, so the lines do not all load at midnight.
/// </summary>
public sealed class InvoiceTimeColumnTests : IDisposable
{
    private static readonly DateTime Day = new(2010, 12, 1);

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static TimeSpan? Read(object value) => InvoiceTimes.Read(value, DateOrder.MonthFirst) is { Day: null } read
        ? TimeSpan.FromSeconds(Math.Round(read.Time.TotalSeconds))
        : null;

    private static LineFields Added(object value, DateTime? date = null, bool named = false)
    {
        var fields = new LineFields { InvoiceAt = date ?? Day };
        InvoiceTimes.AddTo(ref fields, value, DateOrder.MonthFirst, "Time", named, v => v is "NULL");
        return fields;
    }

    [Theory]
    [InlineData("08:26", 8, 26, 0)]
    [InlineData("8:26", 8, 26, 0)]
    [InlineData(" 8:26:30 ", 8, 26, 30)]
    [InlineData("20:28", 20, 28, 0)]
    [InlineData("8:28 PM", 20, 28, 0)]
    [InlineData("12:05 AM", 0, 5, 0)]
    [InlineData("8:28\u202FPM", 20, 28, 0)]
    [InlineData("8:26:00.6", 8, 26, 1)]
    [InlineData("'08:26", 8, 26, 0)]
    [InlineData("1899-12-30 08:26:00", 8, 26, 0)]
    public void A_time_of_day_is_read_as_tills_and_spreadsheets_write_it(string text, int hours, int minutes, int seconds) =>
        Assert.Equal(new TimeSpan(hours, minutes, seconds), Read(text));

    [Theory]
    [InlineData("noon")]
    [InlineData("25:00")]
    [InlineData("8")]
    [InlineData("08.26")]
    [InlineData("0.25")]
    [InlineData("00.26")]
    [InlineData("1.45")]
    [InlineData("2010-12-01")]
    public void What_is_no_time_of_day_is_not_read_as_one(string text) => Assert.Null(InvoiceTimes.Read(text, DateOrder.MonthFirst));

    [Fact]
    public void A_cells_fraction_of_a_day_and_a_time_only_cell_give_their_time_and_a_date_time_names_its_day()
    {
        // Excel keeps 08:26 as 0.351388…, whose double is a hair under it; a time-only cell is a day-zero date
        Assert.Equal(new TimeSpan(8, 26, 0), Read(new TimeSpan(8, 26, 0).TotalDays));
        Assert.Equal(new TimeSpan(8, 26, 0), Read(new DateTime(1899, 12, 31, 8, 26, 0)));
        Assert.Equal(new TimeSpan(8, 26, 0), Read(new DateTime(1904, 1, 1, 8, 26, 0)));
        Assert.Null(InvoiceTimes.Read(1.25, DateOrder.MonthFirst));
        Assert.Equal(new TimeSpan(8, 24, 0), Read(new TimeSpan(8, 24, 0)));
        Assert.Null(InvoiceTimes.Read(TimeSpan.FromHours(30), DateOrder.MonthFirst));
        Assert.Equal(new DateTime(2010, 12, 5), InvoiceTimes.Read(new DateTime(2010, 12, 5, 14, 0, 0), DateOrder.MonthFirst)?.Day);
        Assert.Equal(new DateTime(1900, 1, 1), InvoiceTimes.Read(new DateTime(1900, 1, 1, 8, 26, 0), DateOrder.MonthFirst)?.Day);
    }

    [Fact]
    public void The_time_is_added_to_a_date_only_date_and_a_blank_or_missing_time_leaves_the_date_as_it_is()
    {
        Assert.Equal(Day.AddHours(8).AddMinutes(26), Added("08:26").InvoiceAt);
        Assert.Equal(Day.AddHours(8).AddMinutes(26), Added(new TimeSpan(8, 26, 0).TotalDays).InvoiceAt);
        Assert.Equal((Day, (string?)null), (Added(" ").InvoiceAt!.Value, Added(" ").DateError));
        Assert.Equal((Day, (string?)null), (Added("NULL").InvoiceAt!.Value, Added("NULL").DateError));

        // Rounded to the second with the date: a fraction of a second before midnight is the next day
        Assert.Equal(Day.AddDays(1), Added("23:59:59.7").InvoiceAt);
    }

    [Fact]
    public void A_time_that_is_none_or_names_another_day_makes_the_date_bad_with_the_columns_name()
    {
        var none = Added("noon");
        Assert.Null(none.InvoiceAt);
        Assert.Equal("Time 'noon' is not a time of day (expected 08:26, 8:26:00 or 8:26 AM)", none.DateError);
        Assert.EndsWith(
            "a number, as a spreadsheet saves a time column left in its General format? Format the column as a time, save and load again",
            Added("0,25").DateError);

        foreach (var otherDay in new object[] { "2010-12-05 14:00", new DateTime(2010, 12, 5, 14, 0, 0), new DateTime(1900, 1, 1, 8, 26, 0) })
        {
            var other = Added(otherDay);
            Assert.Null(other.InvoiceAt);
            Assert.EndsWith("names another day than InvoiceDate (2010-12-01): which one holds is not clear", other.DateError);
        }

        Assert.Equal(Day.AddHours(14), Added("12/1/2010 14:00").InvoiceAt);
    }

    [Fact]
    public void A_date_with_a_time_of_its_own_keeps_it_against_a_column_found_by_name_and_is_set_against_one_the_user_named()
    {
        // A UCI-shaped file with some other "Time" column: its dates keep their times, as before the column was read,
        // whatever the column holds
        foreach (var other in new object[] { "10:00", "Morning", "1.5", "12/20/2010 10:00" })
        {
            Assert.Equal((Day.AddHours(9), (string?)null), (Added(other, Day.AddHours(9)).InvoiceAt!.Value, Added(other, Day.AddHours(9)).DateError));
        }

        var contradicts = Added("10:00", Day.AddHours(9), named: true);
        Assert.Null(contradicts.InvoiceAt);
        Assert.Equal("InvoiceDate has a time of its own (09:00:00) where Time says '10:00': which one holds is not clear", contradicts.DateError);
        Assert.Equal(Day.AddHours(9), Added("09:00", Day.AddHours(9), named: true).InvoiceAt);
    }

    [Fact]
    public void Told_the_file_has_no_time_column_a_column_named_time_is_an_extra()
    {
        var path = TestData.WriteCsv(_folder.File("no-time.csv"),
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,Time,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01,0.5,2.55,17850,United Kingdom",
        ]);
        var sink = new CollectingSink();

        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions { Columns = new() { ["InvoiceTime"] = "" } }, default);

        Assert.Equal(Day, sink.Lines.Single().InvoiceAt);
        Assert.DoesNotContain("time of InvoiceDate", sink.Format);
    }

    [Fact]
    public void A_csv_with_a_time_column_loads_each_line_at_its_time_and_says_which_column_it_read()
    {
        var path = TestData.WriteCsv(_folder.File("till.csv"),
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,Time,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01,08:26,2.55,17850,United Kingdom",
            "536366,71053,WHITE METAL LANTERN,6,2010-12-01,8:28 PM,3.39,17850,United Kingdom",
            "536367,22633,HAND WARMER UNION JACK,6,2010-12-01,noon,1.85,17850,United Kingdom",
        ]);
        var sink = new CollectingSink();

        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions(), default);

        Assert.Equal([Day.AddHours(8).AddMinutes(26), Day.AddHours(20).AddMinutes(28)], sink.Lines.Select(l => l.InvoiceAt));
        Assert.Equal((4L, RejectReasons.BadDate), (sink.Rejected.Single().RowNumber, sink.Rejected.Single().ReasonCode));
        Assert.EndsWith("columns 'Time' as the time of InvoiceDate", sink.Format);
    }

    [Fact]
    public void A_time_column_under_its_own_name_is_read_once_named_and_two_time_columns_are_refused_unless_one_is_named()
    {
        string[] lines =
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,Heure,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01,08:26,2.55,17850,United Kingdom",
        ];
        var path = TestData.WriteCsv(_folder.File("heure.csv"), lines);

        var unnamed = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(path), unnamed, new SourceOptions(), default);
        Assert.Equal(Day, unnamed.Lines.Single().InvoiceAt);

        var named = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(path), named, new SourceOptions { Columns = new() { ["InvoiceTime"] = "Heure" } }, default);
        Assert.Equal(Day.AddHours(8).AddMinutes(26), named.Lines.Single().InvoiceAt);
        Assert.EndsWith("columns 'Heure' as the time of InvoiceDate", named.Format);

        var mine = TestData.WriteCsv(_folder.File("mine.csv"), [lines[0] + ",Time", lines[1] + ",09:00"]);
        var chosen = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(mine), chosen, new SourceOptions { Columns = new() { ["InvoiceTime"] = "Heure" } }, default);
        Assert.Equal(Day.AddHours(8).AddMinutes(26), chosen.Lines.Single().InvoiceAt);

        var both = TestData.WriteCsv(_folder.File("both.csv"), [lines[0].Replace("Heure", "Time") + ",InvoiceTime", lines[1] + ",08:27"]);
        var refused = Assert.Throws<SourceFileException>(() => SourceReader.Read(SourceFile.Inspect(both), new CollectingSink(), new SourceOptions(), default));
        Assert.Contains("the header names a time column 2 times (Time in column 6 and InvoiceTime in column 10)", refused.Message);
        Assert.Contains("--column InvoiceTime=<its name>", refused.Message);
    }

    [Fact]
    public void A_workbook_with_date_cells_and_time_cells_loads_each_line_at_its_time()
    {
        var path = _folder.File("till.xlsx");
        using (var book = new XLWorkbook())
        {
            var sheet = book.AddWorksheet("Sales");
            ExcelFixtures.WriteRow(sheet, 1, ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "Time", "UnitPrice", "CustomerID", "Country"]);
            ExcelFixtures.WriteRow(sheet, 2, [536365, "85123A", "HEART", 6, Day, new TimeSpan(8, 26, 0).TotalDays, 2.55, 17850, "United Kingdom"]);
            ExcelFixtures.WriteRow(sheet, 3, [536366, "71053", "LANTERN", 6, Day, "20:28", 3.39, 17850, "United Kingdom"]);
            sheet.Range("F2:F3").Style.NumberFormat.Format = "hh:mm";

            book.SaveAs(path);
        }

        var sink = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions(), default);

        Assert.Equal([Day.AddHours(8).AddMinutes(26), Day.AddHours(20).AddMinutes(28)], sink.Lines.Select(l => l.InvoiceAt));
    }

    [Fact]
    public void A_workbook_whose_sheets_differ_names_the_time_column_after_the_sheet_that_has_it()
    {
        var path = _folder.File("two-sheets.xlsx");
        using (var book = new XLWorkbook())
        {
            foreach (var (name, time) in new[] { ("Sales", true), ("More", false) })
            {
                var sheet = book.AddWorksheet(name);
                ExcelFixtures.WriteRow(sheet, 1, time
                    ? ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "Time", "UnitPrice", "CustomerID", "Country"]
                    : ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]);
                ExcelFixtures.WriteRow(sheet, 2, time
                    ? [536365, "85123A", "HEART", 6, Day, "08:26", 2.55, 17850, "United Kingdom"]
                    : [536366, "71053", "LANTERN", 6, Day, 3.39, 17850, "United Kingdom"]);
            }

            book.SaveAs(path);
        }

        var sink = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions(), default);

        Assert.Equal("from sheets 'Sales' 1 rows (columns 'Time' as the time of InvoiceDate), 'More' 1 rows", sink.Format);
    }

    [Fact]
    public void Loaded_through_the_etl_the_hours_reach_the_warehouse()
    {
        using var warehouse = new DuckDbWarehouse();
        var path = TestData.WriteCsv(warehouse.File("till.csv"),
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,Time,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01,08:26,2.55,17850,United Kingdom",
            "536366,71053,WHITE METAL LANTERN,6,2010-12-01,20:28,3.39,17850,United Kingdom",
        ]);

        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("columns 'Time' as the time of InvoiceDate", result.Output);
        using var db = warehouse.Open();
        Assert.Equal([8, 20], db.Query<int>("SELECT hour(invoice_at) FROM dw.fact_sales ORDER BY 1"));
    }
}
