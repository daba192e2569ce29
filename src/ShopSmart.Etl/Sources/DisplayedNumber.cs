using System.Collections.Frozen;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A number as a spreadsheet displays it, which is what Excel writes to a CSV: a currency before or after it
/// (<c>£2.55</c>, <c>-£2.55</c>, <c>£-2.55</c>, <c>2,55 €</c>, <c>2,55 kr</c>, <c>CHF 2.55</c>, <c>2.55 EUR</c>) and an
/// accounting format's parentheses for a negative (<c>(2.55)</c>, <c>(£2.55)</c>), or SAP's minus after the number
/// (<c>2,55-</c>), or typeset text's minus (<c>−2.55</c>, U+2212). Only the wrapping is taken off here; the number inside
/// is read by the file's rules.
/// </summary>
public static class DisplayedNumber
{
    /// <summary>
    /// The number inside a currency or parentheses, or the trimmed text itself when it has neither
    /// (<paramref name="wrapped"/> false: nothing to take off).
    /// </summary>
    /// <param name="negative">A minus sign or parentheses stood outside the currency (their sign is not in the result).</param>
    /// <param name="currency">The currency's one name (<c>£</c> for £ or GBP, <c>kr</c>, <c>CHF</c>), or null.</param>
    public static ReadOnlySpan<char> Inner(ReadOnlySpan<char> text, out bool wrapped, out bool negative, out string? currency)
    {
        text = text.Trim();
        wrapped = negative = false;
        currency = null;
        // A text mark written into the value ('-1, '2.55: CSV-injection escaping) is no part of the number.
        var inner = FieldParsers.WithoutTextMark(text);
        var marked = inner.Length < text.Length;
        var parentheses = inner.Length > 2 && inner[0] == '(' && inner[^1] == ')';
        if (parentheses)
        {
            inner = inner[1..^1].Trim();
        }

        var sign = TakeSign(ref inner);
        if (TakeCurrencyBefore(ref inner, out currency))
        {
            sign = sign == '\0' ? TakeSign(ref inner) : sign;
        }
        else
        {
            TakeCurrencyAfter(ref inner, out currency);
        }

        // SAP's lists write a negative with its minus right after it (11.062,06-, 6-; not 6 -).
        var trailingMinus = !parentheses && sign == '\0' && inner.Length > 1 && inner[^1] == '-' && char.IsAsciiDigit(inner[^2]);
        if (trailingMinus)
        {
            inner = inner[..^1];
            sign = '-';
        }

        // A sign inside parentheses, or a second sign, makes it no number: the text is left for the parser to refuse.
        // Nor does a money format ever show an exponent: (1e3) and £1e2 are not read. A fraction alone (£.55) is a number.
        if ((!parentheses && currency is null && !trailingMinus && sign != UnicodeMinus && !marked) || (parentheses && sign != '\0') || !StartsLikeANumber(inner)
            || inner.ContainsAny('e', 'E'))
        {
            return text;
        }

        wrapped = true;
        negative = parentheses || sign is '-' or UnicodeMinus;
        return inner;
    }

    /// <summary>
    /// Whether a number's first or last character may be wrapping: anything but a digit, a point or an ASCII sign (a
    /// plain number starts with a digit, a sign or a point, and ends with a digit or a point; SAP's 2,55- is read plain
    /// first, then unwrapped).
    /// </summary>
    public static bool MayWrap(char end) => !char.IsAsciiDigit(end) && end is not ('.' or '+' or '-');

    /// <summary>
    /// The signs of currencies, written before or after an amount in whole units. Not every sign Unicode counts as one:
    /// 5¢ is five cents, not 5, and ¤ names no currency.
    /// </summary>
    private const string SignList = "$£€¥₹₩₽₺₪₫₱₦₴₸₡₲₵₭₮₾₼฿₣₤";

    /// <summary>
    /// A currency written as a word or with letters, as Excel's currency formats show it in the locales whose money has
    /// no sign of its own (2,55 kr, 2,55 zł, 2,55 Kč, CHF 2.55, R$ 2,55), or as an ISO 4217 code (2.55 EUR, as [$EUR]
    /// formats write it) — the codes of currencies in use, not any three capitals: 2.55 PCS is no money. Each maps to
    /// one name for its currency, the sign where it has one of its own (GBP and £ are one; $, ¥, kr and Rs, each the
    /// sign of several currencies, stand for themselves), so a file or a warehouse is in one currency however written.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GBP"] = "£", ["EUR"] = "€", ["INR"] = "₹", ["KRW"] = "₩", ["RUB"] = "₽", ["TRY"] = "₺", ["ILS"] = "₪", ["VND"] = "₫",
        ["PHP"] = "₱", ["NGN"] = "₦", ["UAH"] = "₴", ["KZT"] = "₸", ["CRC"] = "₡", ["PYG"] = "₲", ["GHS"] = "₵", ["LAK"] = "₭",
        ["MNT"] = "₮", ["GEL"] = "₾", ["AZN"] = "₼", ["THB"] = "฿",
        ["PLN"] = "zł", ["zł"] = "zł", ["CZK"] = "Kč", ["Kč"] = "Kč", ["HUF"] = "Ft", ["Ft"] = "Ft", ["BRL"] = "R$", ["R$"] = "R$",
        ["USD"] = "USD", ["US$"] = "USD", ["AUD"] = "AUD", ["A$"] = "AUD", ["AU$"] = "AUD", ["CAD"] = "CAD", ["C$"] = "CAD",
        ["CA$"] = "CAD", ["HKD"] = "HKD", ["HK$"] = "HKD", ["NZD"] = "NZD", ["NZ$"] = "NZD", ["SGD"] = "SGD", ["S$"] = "SGD",
        ["CHF"] = "CHF", ["Fr."] = "CHF", ["RON"] = "RON", ["lei"] = "RON", ["MYR"] = "MYR", ["RM"] = "MYR", ["BGN"] = "BGN",
        ["лв."] = "BGN", ["HRK"] = "HRK", ["kn"] = "HRK",
        ["kr"] = "kr", ["kr."] = "kr.", ["Rs"] = "Rs", ["Rs."] = "Rs",
    }
    .Concat(new[]
    {
        "SEK", "NOK", "DKK", "ISK", "RSD", "JPY", "CNY", "TWD", "IDR", "PKR", "LKR", "BDT", "NPR", "MMK", "KHR", "UZS", "AMD",
        "BYN", "MDL", "ALL", "MKD", "BAM", "MXN", "ARS", "CLP", "COP", "PEN", "UYU", "BOB", "DOP", "GTQ", "JMD", "TTD", "ZAR",
        "KES", "UGX", "TZS", "ETB", "RWF", "ZMW", "MZN", "AOA", "BWP", "NAD", "MUR", "XOF", "XAF", "XPF", "EGP", "MAD", "TND",
        "DZD", "LYD", "SDG", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "IQD", "IRR", "LBP", "AFN", "FJD",
    }.Select(code => KeyValuePair.Create(code, code)))
    .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Signs = SignList.Select(c => c.ToString()).ToArray();

    /// <summary>The currency <paramref name="word"/> names (its one name, <see cref="Words"/>), or null.</summary>
    private static string? Currency(ReadOnlySpan<char> word)
    {
        // A sign, nearly always: looked up at once.
        if (word.Length == 1)
        {
            return SignList.IndexOf(word[0]) is var at and >= 0 ? Signs[at] : null;
        }

        return WordLookup.TryGetValue(word, out var known) ? known : null;
    }

    // What a currency is made of: anything but digits, spaces, signs and a comma (£, kr., R$, EUR, лв.).
    private static bool InCurrency(char c) => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not ('-' or '+' or UnicodeMinus or '(' or ')' or ',');

    private static bool TakeCurrencyBefore(ref ReadOnlySpan<char> text, out string? currency)
    {
        var length = 0;
        while (length < text.Length && length <= MaxLength && InCurrency(text[length]))
        {
            length++;
        }

        // £.55: the point starts the number, unless it ends the word (kr.).
        currency = length is > 0 and <= MaxLength && length < text.Length ? Currency(text[..length]) : null;
        if (currency is null && length > 1 && text[length - 1] == '.')
        {
            currency = Currency(text[..--length]);
        }

        if (currency is null)
        {
            return false;
        }

        text = text[length..].TrimStart();
        return true;
    }

    private static bool TakeCurrencyAfter(ref ReadOnlySpan<char> text, out string? currency)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start <= MaxLength && InCurrency(text[start - 1]))
        {
            start--;
        }

        currency = text.Length - start is > 0 and <= MaxLength && start > 0 ? Currency(text[start..]) : null;
        if (currency is null)
        {
            return false;
        }

        text = text[..start].TrimEnd();
        return true;
    }

    /// <summary>The longest currency read (AU$, лв.): a longer word beside a number is not money.</summary>
    private const int MaxLength = 4;

    private static bool StartsLikeANumber(ReadOnlySpan<char> text) =>
        !text.IsEmpty && (char.IsAsciiDigit(text[0]) || (text.Length > 1 && text[0] is '.' or ',' && char.IsAsciiDigit(text[1])));

    /// <summary>U+2212, the minus of typeset text (Word, web pages, Apple's apps), which .NET's parsers do not read.</summary>
    private const char UnicodeMinus = '\u2212';

    private static char TakeSign(ref ReadOnlySpan<char> text)
    {
        if (text.Length > 1 && text[0] is '-' or '+' or UnicodeMinus)
        {
            var sign = text[0];
            text = text[1..].TrimStart();
            return sign;
        }

        return '\0';
    }
}
