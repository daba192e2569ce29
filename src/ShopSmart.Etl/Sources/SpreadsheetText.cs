using System.Globalization;
using System.Text;

namespace ShopSmart.Etl.Sources;

/// <summary>Text as SpreadsheetML stores it.</summary>
public static class SpreadsheetText
{
    /// <summary>
    /// Decodes the <c>_xHHHH_</c> escapes (four upper-case hex digits) that Excel writes for characters XML cannot
    /// carry, such as <c>_x000D_</c> for a carriage return; other text is returned as it is.
    /// </summary>
    public static string DecodeEscapes(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var copied = 0;
        while (at >= 0 && at + 7 <= text.Length)
        {
            if (text[at + 6] == '_' && IsUpperHex(text.AsSpan(at + 2, 4)))
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copied, at - copied);
                builder.Append((char)int.Parse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                copied = at + 7;
                at = text.IndexOf("_x", copied, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsUpperHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }

        return true;
    }
}
