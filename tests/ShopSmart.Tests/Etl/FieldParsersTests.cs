using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class FieldParsersTests
{
    [Theory]
    [InlineData("6", 6)]
    [InlineData("-12", -12)]
    [InlineData(" 80995 ", 80995)]
    [InlineData("6.0", 6)]
    public void Whole_quantities_parse(string text, int expected)
    {
        Assert.True(FieldParsers.TryParseQuantity(text, out var quantity));
        Assert.Equal(expected, quantity);
    }

    [Theory]
    [InlineData("six")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void Text_fractional_or_huge_quantities_do_not_parse(string text) =>
        Assert.False(FieldParsers.TryParseQuantity(text, out _));

    [Theory]
    [InlineData("2147483647", NumberRead.Ok)]
    [InlineData("-2147483647", NumberRead.Ok)]
    [InlineData("-2147483648", NumberRead.OutOfRange)]
    [InlineData("3000000000", NumberRead.OutOfRange)]
    [InlineData("1e12", NumberRead.OutOfRange)]
    [InlineData("1e40", NumberRead.OutOfRange)]
    [InlineData("1e400", NumberRead.OutOfRange)]
    [InlineData("1e3", NumberRead.Ok)]
    [InlineData("2.5e9", NumberRead.OutOfRange)]
    [InlineData("2.5", NumberRead.NotANumber)]
    [InlineData("NaN", NumberRead.NotANumber)]
    [InlineData("Infinity", NumberRead.NotANumber)]
    public void A_whole_number_beyond_an_INT_is_out_of_range_not_text(string text, NumberRead expected) =>
        Assert.Equal(expected, FieldParsers.ReadQuantity(text, DecimalMark.Point, out _));

    [Theory]
    [InlineData("6\0")]
    [InlineData("6\0\0")]
    [InlineData("\06")]
    [InlineData("6\07")]
    public void A_quantity_or_price_holding_a_NUL_is_no_number(string text)
    {
        // .NET's parsers read "6\0" as 6; a damaged value must not load as if it were whole.
        Assert.Equal(NumberRead.NotANumber, FieldParsers.ReadQuantity(text, DecimalMark.Point, out _));
        Assert.Equal(NumberRead.NotANumber, FieldParsers.ReadPrice(text, DecimalMark.Point, out _));
        Assert.Equal(NumberRead.NotANumber, FieldParsers.ReadPrice(text.Replace("6", "2,55"), DecimalMark.Comma, out _));
    }

    [Theory]
    [InlineData(2147483647d, NumberRead.Ok)]
    [InlineData(-2147483648d, NumberRead.OutOfRange)]
    [InlineData(3e9, NumberRead.OutOfRange)]
    [InlineData(1.5, NumberRead.NotANumber)]
    [InlineData(double.NaN, NumberRead.NotANumber)]
    public void A_cell_number_beyond_an_INT_is_out_of_range(double value, NumberRead expected) =>
        Assert.Equal(expected, FieldParsers.ReadQuantity(value, out _));

    [Theory]
    [InlineData("99999999999999.9999", NumberRead.Ok)]
    [InlineData("100000000000000", NumberRead.OutOfRange)]
    [InlineData("1e308", NumberRead.OutOfRange)]
    [InlineData("-1e20", NumberRead.OutOfRange)]
    [InlineData("0.00005", NumberRead.Ok)]
    [InlineData("0.00004", NumberRead.BelowPrecision)]
    [InlineData("-0.00001", NumberRead.BelowPrecision)]
    [InlineData("0.00000000000000000000000000001", NumberRead.BelowPrecision)]
    [InlineData("1e-40", NumberRead.BelowPrecision)]
    [InlineData("0e5", NumberRead.Ok)]
    [InlineData("0.0000", NumberRead.Ok)]
    [InlineData("NaN", NumberRead.NotANumber)]
    [InlineData("abc", NumberRead.NotANumber)]
    public void A_price_the_warehouse_cannot_hold_is_out_of_range_or_below_precision(string text, NumberRead expected) =>
        Assert.Equal(expected, FieldParsers.ReadPrice(text, DecimalMark.Point, out _));

    [Theory]
    [InlineData(1e15, NumberRead.OutOfRange)]
    [InlineData(1e-7, NumberRead.BelowPrecision)]
    [InlineData(1e-30, NumberRead.BelowPrecision)]
    [InlineData(0d, NumberRead.Ok)]
    [InlineData(2.55, NumberRead.Ok)]
    [InlineData(double.NaN, NumberRead.NotANumber)]
    public void A_cell_price_the_warehouse_cannot_hold_is_out_of_range(double value, NumberRead expected) =>
        Assert.Equal(expected, FieldParsers.ReadPrice(value, out _));

    [Theory]
    [InlineData("2.55", "2.55")]
    [InlineData("-11062.06", "-11062.06")]
    [InlineData("0", "0")]
    [InlineData("0.00125", "0.0013")]
    [InlineData("1e2", "100")]
    public void Prices_parse_with_a_point_and_round_to_four_places(string text, string expected)
    {
        Assert.True(FieldParsers.TryParsePrice(text, out var price));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), price);
    }

    [Theory]
    [InlineData("2,55")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("12,34.5")]
    [InlineData(",234.5")]
    [InlineData("1,2345.6")]
    [InlineData("1,234.5,6")]
    [InlineData("1,,234.5")]
    [InlineData("1.85p")]
    [InlineData("0,125")]
    [InlineData("00,500")]
    [InlineData("-0,500")]
    [InlineData("1,250")]
    [InlineData("38,970")]
    public void Prices_with_a_comma_out_of_place_or_text_do_not_parse(string text) =>
        Assert.False(FieldParsers.TryParsePrice(text, out _));

    [Theory]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("-11,062.06", "-11062.06")]
    [InlineData("1,234,567.5", "1234567.5")]
    [InlineData("38,970.00", "38970")]
    public void In_a_decimal_point_file_thousands_may_be_grouped_by_commas_in_threes_before_a_fraction(string text, string expected)
    {
        // As Excel writes a number formatted with a thousands separator to a CSV; 1,250 alone could be a comma decimal
        Assert.True(FieldParsers.TryParsePrice(text, out var price));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), price);
    }

    [Theory]
    [InlineData("1,006", DecimalMark.Point, NumberRead.Ok, 1006)]
    [InlineData("80,995", DecimalMark.Point, NumberRead.Ok, 80995)]
    [InlineData("-1,200", DecimalMark.Point, NumberRead.Ok, -1200)]
    [InlineData("1,00", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("1,006", DecimalMark.Comma, NumberRead.NotANumber, 0)]
    [InlineData("1.006", DecimalMark.Comma, NumberRead.Ok, 1006)]
    [InlineData("£6", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("0,100", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("0.100", DecimalMark.Comma, NumberRead.NotANumber, 0)]
    [InlineData("(6)", DecimalMark.Point, NumberRead.Ok, -6)]
    [InlineData("(1,200)", DecimalMark.Point, NumberRead.Ok, -1200)]
    [InlineData("(£6)", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("(-6)", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("6-", DecimalMark.Point, NumberRead.Ok, -6)]
    [InlineData("1.200-", DecimalMark.Comma, NumberRead.Ok, -1200)]
    [InlineData("-6-", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("(6-)", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("6 -", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("\u22126", DecimalMark.Point, NumberRead.Ok, -6)]
    [InlineData("\u22121,200", DecimalMark.Point, NumberRead.Ok, -1200)]
    [InlineData("(\u22126)", DecimalMark.Point, NumberRead.NotANumber, 0)]
    [InlineData("\u2212\u22126", DecimalMark.Point, NumberRead.NotANumber, 0)]
    public void Quantities_may_group_thousands_as_the_file_does_but_carry_no_currency(string text, DecimalMark mark, NumberRead expected, int quantity)
    {
        Assert.Equal(expected, FieldParsers.ReadQuantity(text, mark, out var read));
        Assert.Equal(quantity, read);
    }

    [Theory]
    [InlineData("£2.55", DecimalMark.Point, "2.55", "£")]
    [InlineData("£ 2.55", DecimalMark.Point, "2.55", "£")]
    [InlineData("-£2.55", DecimalMark.Point, "-2.55", "£")]
    [InlineData("£-2.55", DecimalMark.Point, "-2.55", "£")]
    [InlineData("(£2.55)", DecimalMark.Point, "-2.55", "£")]
    [InlineData("(2.55)", DecimalMark.Point, "-2.55", null)]
    [InlineData("$1,234.56", DecimalMark.Point, "1234.56", "$")]
    [InlineData("2,55 €", DecimalMark.Comma, "2.55", "€")]
    [InlineData("2,55\u00A0€", DecimalMark.Comma, "2.55", "€")]
    [InlineData("-2,55 €", DecimalMark.Comma, "-2.55", "€")]
    [InlineData("11\u202F062,06\u00A0€", DecimalMark.Comma, "11062.06", "€")]
    [InlineData("€ 2,55", DecimalMark.Comma, "2.55", "€")]
    [InlineData("11.062,06-", DecimalMark.Comma, "-11062.06", null)]
    [InlineData("2.55-", DecimalMark.Point, "-2.55", null)]
    [InlineData("2,55 kr", DecimalMark.Comma, "2.55", "kr")]
    [InlineData("kr 2,55", DecimalMark.Comma, "2.55", "kr")]
    [InlineData("kr. 2,55", DecimalMark.Comma, "2.55", "kr.")]
    [InlineData("-2,55 kr.", DecimalMark.Comma, "-2.55", "kr.")]
    [InlineData("1\u00A0234,56 zł", DecimalMark.Comma, "1234.56", "zł")]
    [InlineData("2,55 Kč", DecimalMark.Comma, "2.55", "Kč")]
    [InlineData("CHF 2.55", DecimalMark.Point, "2.55", "CHF")]
    [InlineData("CHF-2.55", DecimalMark.Point, "-2.55", "CHF")]
    [InlineData("2.55 GBP", DecimalMark.Point, "2.55", "£")]
    [InlineData("EUR2,55", DecimalMark.Comma, "2.55", "€")]
    [InlineData("(EUR 1,234.56)", DecimalMark.Point, "-1234.56", "€")]
    [InlineData("R$ 2,55", DecimalMark.Comma, "2.55", "R$")]
    [InlineData("US$2.55", DecimalMark.Point, "2.55", "USD")]
    [InlineData("2.55 KZT", DecimalMark.Point, "2.55", "₸")]
    [InlineData("2.55 BHD", DecimalMark.Point, "2.55", "BHD")]
    [InlineData("Fr. 2.55", DecimalMark.Point, "2.55", "CHF")]
    [InlineData("£.55", DecimalMark.Point, "0.55", "£")]
    [InlineData(".55 €", DecimalMark.Point, "0.55", "€")]
    [InlineData("\u22122.55", DecimalMark.Point, "-2.55", null)]
    [InlineData("\u22122,55 €", DecimalMark.Comma, "-2.55", "€")]
    [InlineData("£\u22122.55", DecimalMark.Point, "-2.55", "£")]
    public void A_price_formatted_as_money_reads_as_its_number_and_currency(string text, DecimalMark mark, string expected, string? currency)
    {
        // Excel writes a currency-formatted cell to a CSV as displayed: the currency (a sign, a word or an ISO code, as the
        // locale's money format shows it) and an accounting negative's parentheses
        var read = FieldParsers.ReadPrice(text, mark, out var price, out var sign);

        Assert.Equal(NumberRead.Ok, read);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), price);
        Assert.Equal(currency, sign);
    }

    [Theory]
    [InlineData("££2.55", DecimalMark.Point)]
    [InlineData("£", DecimalMark.Point)]
    [InlineData("(-2.55)", DecimalMark.Point)]
    [InlineData("(£-2.55)", DecimalMark.Point)]
    [InlineData("-£-2.55", DecimalMark.Point)]
    [InlineData("£2,55", DecimalMark.Point)]
    [InlineData("£2.55", DecimalMark.Comma)]
    [InlineData("(2.55", DecimalMark.Point)]
    [InlineData("£2.55 each", DecimalMark.Point)]
    [InlineData("£2.55\0", DecimalMark.Point)]
    [InlineData("2.55 gbp", DecimalMark.Point)]
    [InlineData("2.55 PCS", DecimalMark.Point)]
    [InlineData("12 DOZ", DecimalMark.Point)]
    [InlineData("2.55 GBPX", DecimalMark.Point)]
    [InlineData("2.55 GB", DecimalMark.Point)]
    [InlineData("2.55 pence", DecimalMark.Point)]
    [InlineData("1.85p", DecimalMark.Point)]
    [InlineData("EUR", DecimalMark.Point)]
    [InlineData("EUR GBP 2.55", DecimalMark.Point)]
    [InlineData("£2.55 EUR", DecimalMark.Point)]
    [InlineData("kr.", DecimalMark.Comma)]
    [InlineData("N/A", DecimalMark.Point)]
    [InlineData("£.", DecimalMark.Point)]
    [InlineData("5¢", DecimalMark.Point)]
    [InlineData("¤5", DecimalMark.Point)]
    [InlineData("£1e2", DecimalMark.Point)]
    [InlineData("(1e3)", DecimalMark.Point)]
    [InlineData("£1,250", DecimalMark.Point)]
    [InlineData("1.250 €", DecimalMark.Comma)]
    [InlineData("£0,750", DecimalMark.Point)]
    public void Money_written_any_other_way_is_no_price(string text, DecimalMark mark) =>
        Assert.Equal(NumberRead.NotANumber, FieldParsers.ReadPrice(text, mark, out _, out _));

    [Theory]
    [InlineData("5.67891E+12", true)]
    [InlineData("1E+15", true)]
    [InlineData("5.36367e+05", true)]
    [InlineData("5,67891E+12", true)]
    [InlineData("17850", false)]
    [InlineData("12E45", false)]
    [InlineData("C536379", false)]
    [InlineData("5.E+12", false)]
    [InlineData("E+12", false)]
    [InlineData("5.6E+", false)]
    [InlineData("A1.5E+12", false)]
    [InlineData("5.6E+1234", false)]
    [InlineData(null, false)]
    public void An_identifier_Excel_wrote_in_scientific_notation_is_told(string? id, bool expected) =>
        Assert.Equal(expected, FieldParsers.IsRoundedByExcel(id));

    [Theory]
    [InlineData("12/1/2010 8:26", 2010, 12, 1, 8, 26, 0)]
    [InlineData("12/9/2011 12:50", 2011, 12, 9, 12, 50, 0)]
    [InlineData("2009-12-01 07:45:00", 2009, 12, 1, 7, 45, 0)]
    [InlineData("2010-12-01 08:26:00+00:00", 2010, 12, 1, 8, 26, 0)]
    [InlineData("2011-06-13T08:26:00Z", 2011, 6, 13, 8, 26, 0)]
    [InlineData("2011-06-13 08:26:00.0000000 +01:00", 2011, 6, 13, 8, 26, 0)]
    [InlineData("2011-06-13T23:30:00-05:00", 2011, 6, 13, 23, 30, 0)]
    [InlineData("2010-12-01 08:26:00 UTC", 2010, 12, 1, 8, 26, 0)]
    [InlineData("2010-12-01 08:26:00.123456 UTC", 2010, 12, 1, 8, 26, 0)]
    [InlineData("2010-12-01 08:26+01:00", 2010, 12, 1, 8, 26, 0)]
    [InlineData("2011-06-30T23:59:59", 2011, 6, 30, 23, 59, 59)]
    [InlineData("2010-12-13 09:02:00.000", 2010, 12, 13, 9, 2, 0)]
    [InlineData("2010-12-13T09:02", 2010, 12, 13, 9, 2, 0)]
    [InlineData("12/13/2010 1:02 PM", 2010, 12, 13, 13, 2, 0)]
    [InlineData("12/13/2010 12:05:30 AM", 2010, 12, 13, 0, 5, 30)]
    [InlineData("12-13-2010 09:02", 2010, 12, 13, 9, 2, 0)]
    [InlineData("12/14/2010 8:26:00.000", 2010, 12, 14, 8, 26, 0)]
    [InlineData("12/31/2100 23:59", 2100, 12, 31, 23, 59, 0)]
    [InlineData("12/30/2010 23:59:59.6", 2010, 12, 31, 0, 0, 0)]
    [InlineData("2010-12-13 09:02:03.4999", 2010, 12, 13, 9, 2, 3)]
    public void UCI_and_ISO_dates_parse(string text, int y, int mo, int d, int h, int mi, int s)
    {
        Assert.True(FieldParsers.TryParseDate(text, out var date));
        Assert.Equal(new DateTime(y, mo, d, h, mi, s), date);
    }

    [Theory]
    [InlineData("1-Dec-2010 08:26", 2010, 12, 1, 8, 26)]
    [InlineData("01-Dec-10 8:26", 2010, 12, 1, 8, 26)]
    [InlineData("13 Dec 2010 09:02", 2010, 12, 13, 9, 2)]
    [InlineData("9-Jan-2011", 2011, 1, 9, 0, 0)]
    [InlineData("9-Jan-2011 1:05 PM", 2011, 1, 9, 13, 5)]
    [InlineData("01-Dec-29 8:26", 2029, 12, 1, 8, 26)]
    [InlineData("Dec 1, 2010 9:58:00 AM", 2010, 12, 1, 9, 58)]
    [InlineData("Dec 13, 2010 1:05 PM", 2010, 12, 13, 13, 5)]
    public void A_date_with_its_month_written_as_a_word_reads_the_same_in_either_order(string text, int y, int mo, int d, int h, int mi)
    {
        Assert.True(FieldParsers.TryParseDate(text, DateOrder.MonthFirst, out var monthFirst));
        Assert.True(FieldParsers.TryParseDate(text, DateOrder.DayFirst, out var dayFirst));
        Assert.Equal((new DateTime(y, mo, d, h, mi, 0), new DateTime(y, mo, d, h, mi, 0)), (monthFirst, dayFirst));
    }

    [Theory]
    [InlineData("12/01/10 08:26", DateOrder.MonthFirst, 2010, 12, 1, 8, 26)]
    [InlineData("12/1/10 8:26", DateOrder.MonthFirst, 2010, 12, 1, 8, 26)]
    [InlineData("12/13/10 1:02 PM", DateOrder.MonthFirst, 2010, 12, 13, 13, 2)]
    [InlineData("12/09/11", DateOrder.MonthFirst, 2011, 12, 9, 0, 0)]
    [InlineData("01.12.10 08:26", DateOrder.DayFirst, 2010, 12, 1, 8, 26)]
    [InlineData("01/12/10 08:26", DateOrder.DayFirst, 2010, 12, 1, 8, 26)]
    [InlineData("1/12/10, 8:26 AM", DateOrder.DayFirst, 2010, 12, 1, 8, 26)]
    [InlineData("1/6/29", DateOrder.DayFirst, 2029, 6, 1, 0, 0)]
    [InlineData("12/1/10, 8:26\u202FAM", DateOrder.MonthFirst, 2010, 12, 1, 8, 26)]
    [InlineData("12/13/2010, 1:02 PM", DateOrder.MonthFirst, 2010, 12, 13, 13, 2)]
    [InlineData("01/12/2010, 08:26", DateOrder.DayFirst, 2010, 12, 1, 8, 26)]
    public void A_two_digit_year_as_LibreOffice_shows_a_date_or_Numbers_comma_reads_in_the_files_order(string text, DateOrder order, int y, int mo, int d, int h, int mi)
    {
        Assert.True(FieldParsers.TryParseDate(text, order, out var date));
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), date);
    }

    [Theory]
    [InlineData("13/12/10 08:26", DateOrder.MonthFirst)]
    [InlineData("12/13/10 08:26", DateOrder.DayFirst)]
    [InlineData("1.12.10 08:26", DateOrder.MonthFirst)]
    [InlineData("12/1/010 8:26", DateOrder.MonthFirst)]
    [InlineData("12/1/30 8:26", DateOrder.MonthFirst)]
    [InlineData("12-13-10 09:02:00", DateOrder.MonthFirst)]
    [InlineData("13-12-10 08:26:00", DateOrder.DayFirst)]
    [InlineData("10-12-01 08:26", DateOrder.DayFirst)]
    public void A_two_digit_year_is_no_licence_to_read_a_date_the_other_way_or_in_another_century(string text, DateOrder order) =>
        Assert.False(FieldParsers.TryParseDate(text, order, out _));

    [Theory]
    [InlineData("40513.3513888889", 2010, 12, 1, 8, 26)]
    [InlineData("40513,3513888889", 2010, 12, 1, 8, 26)]
    [InlineData("40513", 2010, 12, 1, 0, 0)]
    [InlineData(" 40886.5347222222 ", 2011, 12, 9, 12, 50)]
    public void An_excel_serial_number_in_the_date_column_reads_as_the_date_it_stands_for(string text, int y, int mo, int d, int h, int mi)
    {
        // As a CSV holds a date cell whose date format was lost before it was saved
        Assert.True(FieldParsers.TryParseDate(text, DateOrder.DayFirst, out var date));
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), date);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("99999.5")]
    [InlineData("40513.35.1")]
    [InlineData("-40513")]
    [InlineData("4.0513e4")]
    [InlineData("20101201")]
    [InlineData("051210")]
    [InlineData("040513.35")]
    [InlineData("0040513")]
    public void A_number_that_is_no_serial_of_the_years_a_sale_may_fall_in_is_no_date(string text) =>
        Assert.False(FieldParsers.TryParseDate(text, DateOrder.MonthFirst, out _));

    [Fact]
    public void A_two_digit_year_reads_as_Excel_reads_it_and_the_shared_invariant_culture_is_left_alone()
    {
        // Excel reads 30–99 as 19xx: 01-Dec-45 is 1945, outside the years a sale may fall in, not 2045
        Assert.False(FieldParsers.TryParseDate("01-Dec-45 8:26", DateOrder.MonthFirst, out _));
        Assert.Equal(
            "InvoiceDate '01-Dec-45 8:26' is outside 1990–2100 (1945, a two-digit year read as Excel reads it: 00–29 are 20xx, 30–99 19xx)",
            FieldParsers.DateProblem("01-Dec-45 8:26", DateOrder.MonthFirst, null));
        Assert.Equal(2049, System.Globalization.CultureInfo.InvariantCulture.Calendar.TwoDigitYearMax);
    }

    [Theory]
    [InlineData("31/12/2010 10:00")]
    [InlineData("yesterday")]
    [InlineData("13/13/2010 8:00")]
    [InlineData("1/1/1890 8:00")]
    public void Impossible_or_foreign_dates_do_not_parse(string text) =>
        Assert.False(FieldParsers.TryParseDate(text, out _));

    [Theory]
    [InlineData("1,85", "1.85")]
    [InlineData("-11062,06", "-11062.06")]
    [InlineData("2", "2")]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1\u00A0234,5", "1234.5")]
    [InlineData("1\u202F234,56", "1234.56")]
    [InlineData("12.345.678,9", "12345678.9")]
    [InlineData("0,00125", "0.0013")]
    public void Prices_with_a_decimal_comma_parse_when_the_file_writes_them_so(string text, string expected)
    {
        Assert.True(FieldParsers.TryParsePrice(text, DecimalMark.Comma, out var price));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), price);
    }

    [Theory]
    [InlineData("1.85")]
    [InlineData("1,8,5")]
    [InlineData("12.34,5")]
    [InlineData("1.2345,6")]
    [InlineData("1e2")]
    [InlineData("abc")]
    public void Decimal_comma_prices_refuse_a_point_out_of_place(string text) =>
        Assert.False(FieldParsers.TryParsePrice(text, DecimalMark.Comma, out _));

    [Theory]
    [InlineData("6", 6)]
    [InlineData("6,0", 6)]
    [InlineData("-12", -12)]
    [InlineData("1.200", 1200)]
    [InlineData("1\u202F200", 1200)]
    public void Quantities_parse_with_a_decimal_comma(string text, int expected)
    {
        Assert.True(FieldParsers.TryParseQuantity(text, DecimalMark.Comma, out var quantity));
        Assert.Equal(expected, quantity);
    }

    [Theory]
    [InlineData("01/12/2010 08:26", 2010, 12, 1, 8, 26)]
    [InlineData("1/12/2010 8:26", 2010, 12, 1, 8, 26)]
    [InlineData("13.12.2010 08:26", 2010, 12, 13, 8, 26)]
    [InlineData("2010-12-01 08:26:00", 2010, 12, 1, 8, 26)]
    [InlineData("13-12-2010 09:02", 2010, 12, 13, 9, 2)]
    [InlineData("1-12-2010 8:26", 2010, 12, 1, 8, 26)]
    public void Day_first_dates_parse_when_the_file_writes_them_so(string text, int y, int mo, int d, int h, int mi)
    {
        Assert.True(FieldParsers.TryParseDate(text, DateOrder.DayFirst, out var date));
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), date);
    }

    [Fact]
    public void The_same_text_is_a_different_day_in_each_order_and_never_silently_swapped()
    {
        Assert.True(FieldParsers.TryParseDate("01/12/2010 08:26", DateOrder.MonthFirst, out var monthFirst));
        Assert.True(FieldParsers.TryParseDate("01/12/2010 08:26", DateOrder.DayFirst, out var dayFirst));
        Assert.Equal((1, 12), (monthFirst.Month, monthFirst.Day));
        Assert.Equal((12, 1), (dayFirst.Month, dayFirst.Day));
        Assert.False(FieldParsers.TryParseDate("12/13/2010 08:26", DateOrder.DayFirst, out _));
        Assert.False(FieldParsers.TryParseDate("13/12/2010 08:26", DateOrder.MonthFirst, out _));
    }

    [Fact]
    public void Excel_serial_dates_round_to_the_second()
    {
        // 40513.35138888889 is how the UCI workbook stores 2010-12-01 08:26 (with floating-point noise)
        Assert.True(FieldParsers.TryFromExcelSerial(40513.35138888889, out var date));
        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), date);
    }

    [Theory]
    [InlineData("17850.0", "17850")]
    [InlineData("17850", "17850")]
    [InlineData(" C536379 ", "C536379")]
    [InlineData("85123A", "85123A")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Identifiers_are_trimmed_and_lose_a_spreadsheet_zero_fraction(string? text, string? expected) =>
        Assert.Equal(expected, FieldParsers.NormaliseIdentifier(text));

    [Fact]
    public void A_text_mark_written_into_a_value_is_no_part_of_it()
    {
        // CSV-injection escaping and exporters that force text write the apostrophe into the value itself
        Assert.Equal(("C536548", "16029", "85123A"), (FieldParsers.NormaliseIdentifier("'C536548"), FieldParsers.NormaliseIdentifier(" '16029.0"), FieldParsers.WithoutTextMark("'85123A")));
        Assert.Equal(("'", "' x"), (FieldParsers.WithoutTextMark("'"), FieldParsers.WithoutTextMark("' x")));
        Assert.Equal(NumberRead.Ok, FieldParsers.ReadQuantity("'-1", DecimalMark.Point, out var quantity));
        Assert.Equal(NumberRead.Ok, FieldParsers.ReadPrice("'2.55", DecimalMark.Point, out var price, out var none));
        Assert.Equal(NumberRead.Ok, FieldParsers.ReadPrice("'£1,234.56", DecimalMark.Point, out var money, out var pounds));
        Assert.Equal((-1, 2.55m, (string?)null, 1234.56m, "£"), (quantity, price, none, money, pounds));
        Assert.Equal(NumberRead.NotANumber, FieldParsers.ReadQuantity("''6", DecimalMark.Point, out _));
        Assert.True(FieldParsers.TryParseDate("'12/1/2010 8:26", DateOrder.MonthFirst, out var date));
        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), date);
    }

    [Theory]
    [InlineData("13085,0", DecimalMark.Comma, "13085")]
    [InlineData("13085.0", DecimalMark.Comma, "13085")]
    [InlineData("13085,00", DecimalMark.Comma, "13085")]
    [InlineData("13085,5", DecimalMark.Comma, "13085,5")]
    [InlineData("13085,0", DecimalMark.Point, "13085,0")]
    public void A_decimal_comma_file_writes_the_zero_fraction_with_a_comma(string text, DecimalMark mark, string expected) =>
        Assert.Equal(expected, FieldParsers.NormaliseIdentifier(text, mark));

    [Theory]
    [InlineData(536365.0, "536365")]
    [InlineData(17850.0, "17850")]
    public void Numeric_cells_read_as_identifier_text(double value, string expected) =>
        Assert.Equal(expected, FieldParsers.NumberAsIdentifier(value));

    [Theory]
    [InlineData("1/1/1900 0:00", DateOrder.MonthFirst, "InvoiceDate '1/1/1900 0:00' is outside 1990–2100 (1900)")]
    [InlineData("31/12/9999 23:59", DateOrder.DayFirst, "InvoiceDate '31/12/9999 23:59' is outside 1990–2100 (9999)")]
    [InlineData("13/14/2010", DateOrder.MonthFirst, "InvoiceDate '13/14/2010' is not a date (expected M/d/yyyy H:mm")]
    [InlineData("12/1/89 8:26", DateOrder.MonthFirst, "InvoiceDate '12/1/89 8:26' is outside 1990–2100 (1989, a two-digit year read as Excel")]
    [InlineData("20000", DateOrder.DayFirst, "InvoiceDate '20000' is outside 1990–2100 (1954, read as an Excel serial number)")]
    [InlineData("80000,5", DateOrder.DayFirst, "InvoiceDate '80000,5' is outside 1990–2100 (2119, read as an Excel serial number)")]
    public void A_date_outside_the_years_is_told_apart_from_text_that_is_no_date(string text, DateOrder order, string expected) =>
        Assert.StartsWith(expected, FieldParsers.DateProblem(text, order, FieldParsers.DateForms(order)));

    [Theory]
    [InlineData("14/12/2010 08:26:00.000", 2010, 12, 14)]
    [InlineData("14.12.2010 08:26:00,5", 0, 0, 0)]
    public void Day_first_times_may_carry_a_fraction_of_a_second(string text, int y, int mo, int d)
    {
        var parsed = FieldParsers.TryParseDate(text, DateOrder.DayFirst, out var date);

        Assert.Equal(y > 0, parsed);
        if (parsed)
        {
            Assert.Equal(new DateTime(y, mo, d, 8, 26, 0), date);
        }
    }
}
