using System.Globalization;

namespace ShopSmart.Core.Texts;

/// <summary>The two cultures, spelled out (CLDR en-GB and fr-FR).</summary>
public sealed partial class TextCulture
{
    private const string Pound = "£";
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    // The typographic minus, as signed changes in running text write it, so that a table's −0.12 and a sentence's
    // −4.0% look alike (a hyphen is also shorter than the plus sign it stands against).
    private const string Minus = "\u2212";

    private static CultureInfo BuildEnglish()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var number = culture.NumberFormat;
        number.NegativeSign = Minus;
        number.NumberDecimalSeparator = ".";
        number.NumberGroupSeparator = ",";
        number.PercentDecimalSeparator = ".";
        number.PercentGroupSeparator = ",";
        number.PercentPositivePattern = 1; // 12.5%
        number.PercentNegativePattern = 1; // −12.5%
        number.CurrencySymbol = Pound;
        number.CurrencyDecimalSeparator = ".";
        number.CurrencyGroupSeparator = ",";
        number.CurrencyPositivePattern = 0; // £1,234
        number.CurrencyNegativePattern = 1; // −£1,234

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", ""];
        string[] shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""];
        SetDates(
            culture.DateTimeFormat, months, shortMonths,
            days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
            shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
            shortDate: "dd/MM/yyyy",
            longDate: "d MMMM yyyy",
            yearMonth: "MMMM yyyy");
        return CultureInfo.ReadOnly(culture);
    }

    private static CultureInfo BuildFrench()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var number = culture.NumberFormat;
        var group = NarrowNoBreakSpace.ToString();
        number.NegativeSign = Minus;
        number.NumberDecimalSeparator = ",";
        number.NumberGroupSeparator = group;
        number.PercentDecimalSeparator = ",";
        number.PercentGroupSeparator = group;
        number.PercentSymbol = "%";
        number.PercentPositivePattern = 0; // 12,5 % (the space is taken from the pattern, made non-breaking below)
        number.PercentNegativePattern = 0;
        number.CurrencySymbol = Pound;
        number.CurrencyDecimalSeparator = ",";
        number.CurrencyGroupSeparator = group;
        number.CurrencyPositivePattern = 3; // 1 234 £
        number.CurrencyNegativePattern = 8; // −1 234 £

        string[] months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", ""];
        string[] shortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.", ""];
        SetDates(
            culture.DateTimeFormat, months, shortMonths,
            days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
            shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
            shortDate: "dd/MM/yyyy",
            longDate: "d MMMM yyyy",
            yearMonth: "MMMM yyyy");
        return CultureInfo.ReadOnly(culture);
    }

    private static void SetDates(
        DateTimeFormatInfo dates, string[] months, string[] shortMonths, string[] days, string[] shortDays,
        string shortDate, string longDate, string yearMonth)
    {
        dates.MonthNames = months;
        dates.MonthGenitiveNames = months; // "d MMMM" reads the genitive names
        dates.AbbreviatedMonthNames = shortMonths;
        dates.AbbreviatedMonthGenitiveNames = shortMonths;
        dates.DayNames = days;
        dates.AbbreviatedDayNames = shortDays;
        dates.ShortestDayNames = shortDays;
        dates.ShortDatePattern = shortDate;
        dates.LongDatePattern = longDate;
        dates.YearMonthPattern = yearMonth;
        dates.FirstDayOfWeek = DayOfWeek.Monday;
        dates.CalendarWeekRule = CalendarWeekRule.FirstFourDayWeek;
    }
}
