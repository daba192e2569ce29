using System.Globalization;
using System.Text;
using Dapper;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// A CSV saved by Excel in a French or German locale — ';' delimiter, decimal comma, day-first dates, Windows-1252,
/// CRLF — loads to exactly the facts the same lines give in the UCI form; so do the same lines with their prices and
/// quantities formatted as Excel displays money and thousands (£1,234.56, 1 234,56 €).
/// </summary>
public sealed class EuropeanExportTests : IDisposable
{
    private static readonly DateTime Start = new(2010, 12, 1, 8, 26, 0);

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>(invoice, stock code, description, quantity, time, price, customer, country), days 1 to 12 then 20 December.</summary>
    private static List<(string Invoice, string Stock, string Description, int Quantity, DateTime At, decimal Price, string Customer, string Country)> Lines()
    {
        var lines = new List<(string, string, string, int, DateTime, decimal, string, string)>();
        string[] descriptions = ["WHITE HANGING HEART T-LIGHT HOLDER", "CAF\u00c9 CR\u00c8ME HAND WARMER", "ASSORTED, COLOUR BIRD ORNAMENT", "REGENCY CAKESTAND 3 TIER"];
        decimal[] prices = [2.55m, 1.85m, 0.42m, 12.75m];
        for (var i = 0; i < 13; i++)
        {
            var day = i < 12 ? Start.AddDays(i).AddMinutes(i * 7) : new DateTime(2010, 12, 20, 14, 5, 0);
            lines.Add((
                (536365 + i).ToString(CultureInfo.InvariantCulture), $"2{i:D4}", descriptions[i % 4], 1 + (i * 5), day, prices[i % 4],
                i % 5 == 4 ? string.Empty : (17850 + i).ToString(CultureInfo.InvariantCulture), i % 3 == 0 ? "France" : "United Kingdom"));
        }

        lines.Add(("C536400", "20000", descriptions[0], -1, new DateTime(2010, 12, 20, 15, 0, 0), 2.55m, "17850", "France"));
        lines.Add(("A563185", "B", "Adjust bad debt", 1, new DateTime(2010, 12, 11, 14, 50, 0), 11062.06m, string.Empty, "United Kingdom"));
        lines.Add(("536401", "84077", "WORLD WAR 2 GLIDERS ASSTD DESIGNS", 1200, new DateTime(2010, 12, 20, 16, 0, 0), 0.21m, "17851", "United Kingdom"));
        return lines;
    }

    private string WriteUci()
    {
        var text = new StringBuilder(TestData.OnlineRetailHeader + "\n");
        foreach (var l in Lines())
        {
            var description = l.Description.Contains(',', StringComparison.Ordinal) ? $"\"{l.Description}\"" : l.Description;
            text.Append(CultureInfo.InvariantCulture, $"{l.Invoice},{l.Stock},{description},{l.Quantity},{l.At:M/d/yyyy H:mm},{l.Price},{l.Customer},{l.Country}\n");
        }

        var path = _files.File("uci.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private string WriteEuropean()
    {
        var text = new StringBuilder(TestData.OnlineRetailHeader.Replace(',', ';') + "\r\n");
        foreach (var l in Lines())
        {
            var price = l.Price.ToString("0.00##", CultureInfo.InvariantCulture).Replace('.', ',');
            text.Append(CultureInfo.InvariantCulture, $"{l.Invoice};{l.Stock};{l.Description};{l.Quantity};{l.At.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)};{price};{l.Customer};{l.Country}\r\n");
        }

        var path = _files.File("export-fr.csv");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text.ToString()));
        return path;
    }

    /// <summary>
    /// The lines as Excel saves a sheet whose price column is formatted as currency and quantity column with a thousands
    /// separator: as displayed. In a UK locale ',' delimited with day-first dates (£11,062.06, "1,200" quoted); in a French
    /// one, as "CSV UTF-8", ';' delimited with narrow no-break spaces between thousands and a no-break space before €; in
    /// a Swedish one the same with the currency a word (11 062,06 kr).
    /// </summary>
    private string WriteAsMoney(string locale)
    {
        var french = locale != "uk";
        var (delimiter, sign) = locale switch { "fr" => (';', "\u00A0€"), "se" => (';', "\u00A0kr"), _ => (',', "£") };
        var text = new StringBuilder((french ? TestData.OnlineRetailHeader.Replace(',', ';') : TestData.OnlineRetailHeader) + "\r\n");
        foreach (var l in Lines())
        {
            var price = l.Price.ToString("#,##0.00##", CultureInfo.InvariantCulture);
            var quantity = l.Quantity.ToString("#,##0", CultureInfo.InvariantCulture);
            if (french)
            {
                price = price.Replace(",", "\u202F", StringComparison.Ordinal).Replace('.', ',') + sign;
                quantity = quantity.Replace(",", "\u202F", StringComparison.Ordinal);
            }
            else
            {
                price = sign + price;
            }

            string[] fields = [l.Invoice, l.Stock, l.Description, quantity, l.At.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), price, l.Customer, l.Country];
            text.AppendJoin(delimiter, fields.Select(f => f.Contains(delimiter, StringComparison.Ordinal) ? $"\"{f}\"" : f)).Append("\r\n");
        }

        var path = _files.File($"export-{locale}-money.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
        return path;
    }

    /// <summary>
    /// The lines as LibreOffice saves a sheet to CSV with its cells "as shown": dates in its default display, with a
    /// two-digit year — MM/DD/YY HH:MM in an American locale, DD.MM.YY HH:MM (';', decimal comma) in a German one.
    /// </summary>
    private string WriteTwoDigitYears(bool german)
    {
        var (delimiter, dateFormat) = german ? (';', "dd.MM.yy HH:mm") : (',', "MM/dd/yy HH:mm");
        var text = new StringBuilder((german ? TestData.OnlineRetailHeader.Replace(',', ';') : TestData.OnlineRetailHeader) + "\n");
        foreach (var l in Lines())
        {
            var price = l.Price.ToString("0.00##", CultureInfo.InvariantCulture);
            string[] fields = [l.Invoice, l.Stock, l.Description, l.Quantity.ToString(CultureInfo.InvariantCulture),
                l.At.ToString(dateFormat, CultureInfo.InvariantCulture), german ? price.Replace('.', ',') : price, l.Customer, l.Country];
            text.AppendJoin(delimiter, fields.Select(f => f.Contains(delimiter, StringComparison.Ordinal) ? $"\"{f}\"" : f)).Append('\n');
        }

        var path = _files.File(german ? "libreoffice-de.csv" : "libreoffice-us.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static List<string> Facts(DuckDbWarehouse warehouse)
    {
        using var db = warehouse.Open();
        return db.Query<string>("""
            SELECT concat_ws('|', f.invoice_no, f.stock_code_raw, f.description_raw, f.quantity, strftime(f.invoice_at, '%Y-%m-%d %H:%M:%S'),
                   f.unit_price, f.line_revenue, c.customer_id, k.country_name, f.is_cancellation, f.is_bad_debt_adjustment,
                   f.is_clean_sale, f.is_duplicate, f.is_quantity_outlier, f.is_price_outlier, f.line_hash)
            FROM dw.fact_sales AS f
            JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key
            JOIN dw.dim_country AS k ON k.country_key = f.country_key
            ORDER BY 1
            """).ToList();
    }

    [Fact]
    public void The_same_lines_saved_the_European_way_load_to_identical_facts()
    {
        // Given the same lines in the UCI form and as a French Excel export (days 1 to 12 could be read either way;
        // 20/12/2010 and the decimal commas settle it)
        using var uci = new DuckDbWarehouse();
        using var european = new DuckDbWarehouse();

        // When each is loaded with no option
        var fromUci = CliRunner.Etl("load", WriteUci(), "--duckdb", uci.Engine.DatabasePath);
        var fromEuropean = CliRunner.Etl("load", WriteEuropean(), "--duckdb", european.Engine.DatabasePath);

        // Then both load every line, the European file is recognised for what it is, and the facts are identical
        Assert.Equal((0, 0), (fromUci.ExitCode, fromEuropean.ExitCode));
        Assert.Contains("read as ';'-delimited, decimal comma, day-first dates", fromEuropean.Output);
        var facts = Facts(european);
        Assert.Equal(Lines().Count, facts.Count);
        Assert.Equal(Facts(uci), facts);

        // And 01/12/2010 is the 1st of December and 1,85 is 1.85 — never 12 January, never 185
        using var db = european.Open();
        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), db.ExecuteScalar<DateTime>("SELECT min(invoice_at) FROM dw.fact_sales"));
        Assert.Equal(1.85m, db.ExecuteScalar<decimal>("SELECT unit_price FROM dw.fact_sales WHERE invoice_no = '536366'"));
        Assert.Equal(11062.06m, db.ExecuteScalar<decimal>("SELECT unit_price FROM dw.fact_sales WHERE invoice_no = 'A563185'"));
    }

    [Fact]
    public void The_same_lines_pipe_delimited_load_to_identical_facts()
    {
        // Given the same lines as psql -A writes them: '|' between values, no quotes, a comma inside a description as is
        var text = new StringBuilder(TestData.OnlineRetailHeader.Replace(',', '|') + "\n");
        foreach (var l in Lines())
        {
            text.Append(CultureInfo.InvariantCulture, $"{l.Invoice}|{l.Stock}|{l.Description}|{l.Quantity}|{l.At:yyyy-MM-dd HH:mm:ss}|{l.Price}|{l.Customer}|{l.Country}\n");
        }

        var path = _files.File("psql.txt");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        using var uci = new DuckDbWarehouse();
        using var piped = new DuckDbWarehouse();

        var fromUci = CliRunner.Etl("load", WriteUci(), "--duckdb", uci.Engine.DatabasePath);
        var fromPiped = CliRunner.Etl("load", path, "--duckdb", piped.Engine.DatabasePath);

        Assert.Equal((0, 0), (fromUci.ExitCode, fromPiped.ExitCode));
        Assert.Contains("read as '|'-delimited", fromPiped.Output);
        Assert.Equal(Facts(uci), Facts(piped));
    }

    [Theory]
    [InlineData("uk", "read as ','-delimited, decimal point, day-first dates, prices in £", "\"£11,062.06\"")]
    [InlineData("fr", "read as ';'-delimited, decimal comma, day-first dates, prices in €", "11\u202F062,06\u00A0€")]
    [InlineData("se", "read as ';'-delimited, decimal comma, day-first dates, prices in kr", "11\u202F062,06\u00A0kr")]
    public void The_same_lines_with_prices_formatted_as_money_load_to_identical_facts(string locale, string described, string written)
    {
        // Given the same lines in the UCI form and as Excel saves them with money and thousands formats
        using var uci = new DuckDbWarehouse();
        using var money = new DuckDbWarehouse();
        var path = WriteAsMoney(locale);
        Assert.Contains(written, File.ReadAllText(path));

        // When each is loaded with no option
        var fromUci = CliRunner.Etl("load", WriteUci(), "--duckdb", uci.Engine.DatabasePath);
        var fromMoney = CliRunner.Etl("load", path, "--duckdb", money.Engine.DatabasePath);

        // Then both load every line, the currency is named, and the facts are identical: 1,200 is 1200, £11,062.06 is 11062.06
        Assert.Equal((0, 0), (fromUci.ExitCode, fromMoney.ExitCode));
        Assert.Contains(described, fromMoney.Output.Replace("\n", " ", StringComparison.Ordinal));
        var facts = Facts(money);
        Assert.Equal(Lines().Count, facts.Count);
        Assert.Equal(Facts(uci), facts);
    }

    [Theory]
    [InlineData(false, "read as ','-delimited, decimal point, month-first dates", "12/01/10 08:26")]
    [InlineData(true, "read as ';'-delimited, decimal comma, day-first dates", "01.12.10 08:26")]
    public void The_same_lines_with_two_digit_years_load_to_identical_facts(bool german, string described, string firstDate)
    {
        // Given the same lines in the UCI form and as LibreOffice saves them "as shown"
        using var uci = new DuckDbWarehouse();
        using var shown = new DuckDbWarehouse();
        var path = WriteTwoDigitYears(german);
        Assert.Contains(firstDate, File.ReadAllText(path));

        // When each is loaded with no option
        var fromUci = CliRunner.Etl("load", WriteUci(), "--duckdb", uci.Engine.DatabasePath);
        var fromShown = CliRunner.Etl("load", path, "--duckdb", shown.Engine.DatabasePath);

        // Then both load every line in the order the file's dates show, and the facts are identical: 10 is 2010
        Assert.Equal((0, 0), (fromUci.ExitCode, fromShown.ExitCode));
        Assert.Contains(described, fromShown.Output);
        var facts = Facts(shown);
        Assert.Equal(Lines().Count, facts.Count);
        Assert.Equal(Facts(uci), facts);
    }

    [Fact]
    public void A_file_whose_dates_could_be_read_either_way_is_refused_naming_the_rows_unless_told_the_order()
    {
        // Given a ';' file whose every date has a day of 12 or less (the second with a two-digit year)
        var path = TestData.WriteCsv(_files.File("early-december.csv"),
        [
            TestData.OnlineRetailHeader.Replace(',', ';'),
            "536365;85123A;WHITE HANGING HEART T-LIGHT HOLDER;6;01/12/2010 08:26;2,55;17850;United Kingdom",
            "536366;22633;HAND WARMER UNION JACK;6;02/12/10 08:28;1,85;17850;United Kingdom",
        ]);
        using var warehouse = new DuckDbWarehouse();

        // When it is loaded without saying the date order
        var refused = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        // Then it is refused, naming the first rows that could be read either way, and nothing is loaded
        var message = refused.Output.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("early-december.csv", message);
        Assert.Contains("row 2 '01/12/2010 08:26' (month first: 12 Jan 2010; day first: 1 Dec 2010)", message);
        Assert.Contains("row 3 '02/12/10 08:28' (month first: 12 Feb 2010; day first: 2 Dec 2010)", message);
        Assert.Contains("--date-order", message);
        using (var db = warehouse.Open())
        {
            Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
        }

        // When it is loaded again with the order given
        var told = CliRunner.Etl("load", path, "--date-order", "day-first", "--duckdb", warehouse.Engine.DatabasePath);

        // Then it loads, the 1st and 2nd of December
        Assert.Equal(0, told.ExitCode);
        using var check = warehouse.Open();
        Assert.Equal(
            [new DateTime(2010, 12, 1, 8, 26, 0), new DateTime(2010, 12, 2, 8, 28, 0)],
            check.Query<DateTime>("SELECT invoice_at FROM dw.fact_sales ORDER BY 1"));
    }

    [Fact]
    public void Excel_s_sep_line_names_the_delimiter_and_is_not_data()
    {
        // Given a file that starts with Excel's delimiter hint, then a ';' header and two European lines
        var path = TestData.WriteCsv(_files.File("with-sep-line.csv"),
        [
            "sep=;",
            TestData.OnlineRetailHeader.Replace(',', ';'),
            "536365;85123A;WHITE HANGING HEART T-LIGHT HOLDER;6;13/12/2010 08:26;2,55;17850;United Kingdom",
            "536366;22633;HAND WARMER UNION JACK;six;14/12/2010 08:28;1,85;17850;United Kingdom",
        ]);
        using var warehouse = new DuckDbWarehouse();

        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        // Then the lines load as written, numbered as the file numbers them (the bad quantity is line 4)
        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal((3L, 2.55m), db.QuerySingle<(long, decimal)>("SELECT source_row_number, unit_price FROM dw.fact_sales"));
        Assert.Equal((4L, "BAD_QUANTITY"), db.QuerySingle<(long, string)>("SELECT source_row_number, reason_code FROM etl.rejected_row"));
    }

    [Fact]
    public void A_record_longer_than_the_read_buffer_does_not_hide_the_dialect()
    {
        // Given a European file whose second line has a 70,000-character description (quarantined, not a reason to
        // read the rest with the UCI file's decimal point and month-first dates)
        var path = TestData.WriteCsv(_files.File("long-european.csv"),
        [
            TestData.OnlineRetailHeader.Replace(',', ';'),
            "536365;85123A;WHITE HANGING HEART T-LIGHT HOLDER;6;13/12/2010 08:26;2,55;17850;United Kingdom",
            $"536366;22633;{new string('X', 70_000)};6;14/12/2010 08:28;1,85;17850;United Kingdom",
            "536367;22632;HAND WARMER RED POLKA DOT;6;01/12/2010 08:30;1,85;17850;United Kingdom",
        ]);
        using var warehouse = new DuckDbWarehouse();

        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal(
            [(new DateTime(2010, 12, 1, 8, 30, 0), 1.85m), (new DateTime(2010, 12, 13, 8, 26, 0), 2.55m)],
            db.Query<(DateTime, decimal)>("SELECT invoice_at, unit_price FROM dw.fact_sales ORDER BY 1"));
        Assert.Equal("VALUE_TOO_LONG", db.ExecuteScalar<string>("SELECT reason_code FROM etl.rejected_row"));
    }

    [Fact]
    public void A_quote_never_closed_refuses_the_file_naming_its_row()
    {
        // Given a stray quote on row 3 that would swallow the 60 lines after it (~6 KB) into one field
        var lines = new List<string> { TestData.OnlineRetailHeader, "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom" };
        lines.Add("536366,22633,\"HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,17850,United Kingdom");
        for (var i = 0; i < 60; i++)
        {
            lines.Add($"{536400 + i},22632,HAND WARMER RED POLKA DOT WITH A LONGER DESCRIPTION,6,12/13/2010 8:30,1.85,17850,United Kingdom");
        }

        lines.Add("536999,22632,CLOSING QUOTE\",6,12/13/2010 8:30,1.85,17850,United Kingdom"); // a quote then a delimiter: the field ends
        var path = TestData.WriteCsv(_files.File("stray-quote.csv"), lines);
        using var warehouse = new DuckDbWarehouse();

        var result = CliRunner.Etl("load", path, "--date-order", "month-first", "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("stray-quote.csv", result.Output);
        Assert.Contains("row 3", result.Output);
        Assert.Contains("quote never closed", result.Output);
        using var db = warehouse.Open();
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
    }

    [Theory]
    [InlineData("sep=;", true, ';')]
    [InlineData("SEP=,", true, ',')]
    [InlineData("\"sep=\t\"", true, '\t')]
    [InlineData("InvoiceNo;StockCode", false, '\0')]
    [InlineData("sep=;;", false, '\0')]
    public void A_separator_line_is_recognised_only_in_its_own_form(string line, bool expected, char delimiter)
    {
        Assert.Equal(expected, SeparatorLine.TryParse(line, out var found));
        Assert.Equal(delimiter, found);
    }

    [Fact]
    public void Delimiter_decimal_and_date_order_can_be_given_and_a_bad_value_is_a_usage_error()
    {
        // Given a tab-delimited file with decimal points and day-first dates that say nothing about their order
        var path = TestData.WriteCsv(_files.File("tabs.csv"),
        [
            TestData.OnlineRetailHeader.Replace(',', '\t'),
            "536365\t85123A\tWHITE HANGING HEART T-LIGHT HOLDER\t6\t03/12/2010 08:26\t2.55\t17850\tUnited Kingdom",
        ]);
        using var warehouse = new DuckDbWarehouse();

        // When it is loaded with every option given, and with a bad one
        var bad = CliRunner.Etl("load", path, "--decimal", "dot-ish", "--duckdb", warehouse.Engine.DatabasePath);
        var badDelimiter = CliRunner.Etl("load", path, "--delimiter", ":", "--duckdb", warehouse.Engine.DatabasePath);
        var loaded = CliRunner.Etl("load", path, "--delimiter", "tab", "--decimal", "point", "--date-order", "day-first", "--duckdb", warehouse.Engine.DatabasePath);

        // Then the bad value is refused by name, and the file loads as told
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--decimal 'dot-ish'", bad.Output);
        Assert.Contains("--delimiter ':' is not one of , ; tab |.", badDelimiter.Output);
        Assert.Equal(0, loaded.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal((new DateTime(2010, 12, 3, 8, 26, 0), 2.55m), db.QuerySingle<(DateTime, decimal)>("SELECT invoice_at, unit_price FROM dw.fact_sales"));
    }

    [Fact]
    public void An_order_or_mark_given_that_the_file_contradicts_refuses_it_instead_of_quarantining_its_lines()
    {
        // Given a mid-December UCI-style file (month first, decimal points) and the same lines saved the European way
        var uci = TestData.WriteCsv(_files.File("mid-december.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
            "536366,22633,HAND WARMER UNION JACK,6,12/14/2010 8:28,1.85,17850,United Kingdom",
            "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,United Kingdom",
            "536368,22960,JAM MAKING SET WITH JARS,6,12/20/2010 8:34,4.25,13047,United Kingdom",
        ]);
        var european = TestData.WriteCsv(_files.File("mi-decembre.csv"),
        [
            TestData.OnlineRetailHeader.Replace(',', ';'),
            "536365;85123A;WHITE HANGING HEART T-LIGHT HOLDER;6;13/12/2010 08:26;2,55;17850;United Kingdom",
            "536366;22633;HAND WARMER UNION JACK;6;14/12/2010 08:28;1,85;17850;United Kingdom",
            "536367;84879;ASSORTED COLOUR BIRD ORNAMENT;32;01/12/2010 08:34;1,69;13047;United Kingdom",
            "536368;22960;JAM MAKING SET WITH JARS;6;20/12/2010 08:34;4,25;13047;United Kingdom",
        ]);
        using var warehouse = new DuckDbWarehouse();

        // When each is loaded with the other's date order or decimal mark given, as a setting left from another export would
        var dayFirst = CliRunner.Etl("load", uci, "--date-order", "day-first", "--duckdb", warehouse.Engine.DatabasePath);
        var comma = CliRunner.Etl("load", uci, "--decimal", "comma", "--date-order", "month-first", "--duckdb", warehouse.Engine.DatabasePath);
        var monthFirst = CliRunner.Etl("load", european, "--date-order", "month-first", "--duckdb", warehouse.Engine.DatabasePath);

        // Then each file is refused, naming a value that shows it and the option that would read it, and nothing is loaded
        Assert.Equal((2, 2, 2), (dayFirst.ExitCode, comma.ExitCode, monthFirst.ExitCode));
        var messages = string.Join(" | ", dayFirst.Output, comma.Output, monthFirst.Output).Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains(
            "--date-order day-first was given (or Etl:Source:DateOrder), but 3 of the file's 4 invoice dates read only month first " +
            "(the first: row 2 '12/13/2010 8:26') and none only day first", messages);
        Assert.Contains("--decimal comma was given (or Etl:Source:Decimal), but 4 of the file's 4 prices read only with a decimal point (the first: row 2 '2.55')", messages);
        Assert.Contains("--date-order month-first was given (or Etl:Source:DateOrder), but 3 of the file's 4 invoice dates read only day first", messages);
        Assert.Contains("Load it again with --date-order month-first", messages);
        using (var db = warehouse.Open())
        {
            Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
        }

        // And options the file agrees with load it, the ambiguous 01/12 read as the option says
        Assert.Equal(0, CliRunner.Etl("load", european, "--date-order", "day-first", "--decimal", "comma", "--duckdb", warehouse.Engine.DatabasePath).ExitCode);
        using var check = warehouse.Open();
        Assert.Equal(new DateTime(2010, 12, 1, 8, 34, 0), check.ExecuteScalar<DateTime>("SELECT min(invoice_at) FROM dw.fact_sales"));
    }
}
