using System.Buffers;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A number as a spreadsheet displays it, which is what Excel writes to a CSV: a currency sign before or after it
/// (<c>£2.55</c>, <c>-£2.55</c>, <c>£-2.55</c>, <c>2,55 €</c>) and an accounting format's parentheses for a negative
/// (<c>(2.55)</c>, <c>(£2.55)</c>), or SAP's minus after the number (<c>2,55-</c>). Only the wrapping is taken off here; the number inside is read by the file's rules.
/// </summary>
public static class DisplayedNumber
{
    /// <summary>
    /// The number inside a currency sign or parentheses, or the trimmed text itself when it has neither
    /// (<paramref name="wrapped"/> false: nothing to take off).
    /// </summary>
    /// <param name="negative">A minus sign or parentheses stood outside the currency sign (their sign is not in the result).</param>
    /// <param name="currency">The currency sign, or <c>'\0'</c>.</param>
    public static ReadOnlySpan<char> Inner(ReadOnlySpan<char> text, out bool wrapped, out bool negative, out char currency)
    {
        text = text.Trim();
        wrapped = negative = false;
        currency = '\0';
        var inner = text;
        var parentheses = inner.Length > 2 && inner[0] == '(' && inner[^1] == ')';
        if (parentheses)
        {
            inner = inner[1..^1].Trim();
        }

        var sign = TakeSign(ref inner);
        if (inner.Length > 1 && IsCurrencySign(inner[0]))
        {
            currency = inner[0];
            inner = inner[1..].TrimStart();
            sign = sign == '\0' ? TakeSign(ref inner) : sign;
        }
        else if (inner.Length > 1 && IsCurrencySign(inner[^1]))
        {
            currency = inner[^1];
            inner = inner[..^1].TrimEnd();
        }

        // SAP's lists write a negative with its minus right after it (11.062,06-, 6-; not 6 -).
        var trailingMinus = !parentheses && sign == '\0' && inner.Length > 1 && inner[^1] == '-' && char.IsAsciiDigit(inner[^2]);
        if (trailingMinus)
        {
            inner = inner[..^1];
            sign = '-';
        }

        // A sign inside parentheses, or a second sign, makes it no number: the text is left for the parser to refuse.
        // Nor does a money format ever show an exponent: (1e3) and £1e2 are not read.
        if ((!parentheses && currency == '\0' && !trailingMinus) || (parentheses && sign != '\0') || inner.IsEmpty || !char.IsAsciiDigit(inner[0])
            || inner.ContainsAny('e', 'E'))
        {
            return text;
        }

        wrapped = true;
        negative = parentheses || sign == '-';
        return inner;
    }

    /// <summary>
    /// The signs of currencies, written before or after an amount in whole units. Not every sign Unicode counts as one:
    /// 5¢ is five cents, not 5, and ¤ names no currency.
    /// </summary>
    public static bool IsCurrencySign(char c) => CurrencySigns.Contains(c);

    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("$£€¥₹₩₽₺₪₫₱₦₴₸₡₲₵₭₮₾₼฿₣₤");

    private static char TakeSign(ref ReadOnlySpan<char> text)
    {
        if (text.Length > 1 && text[0] is '-' or '+')
        {
            var sign = text[0];
            text = text[1..].TrimStart();
            return sign;
        }

        return '\0';
    }
}
