namespace ShopSmart.Etl.Sources;

/// <summary>Tells whether a SpreadsheetML number format shows a number as a date or time.</summary>
public static class SpreadsheetNumberFormat
{
    /// <summary>
    /// True for a date/time format: the code from the workbook's own <c>numFmts</c> when it defines one for the id,
    /// else the built-in date and time formats (ids 14–22 and 45–47).
    /// </summary>
    public static bool IsDate(int numberFormatId, string? formatCode) =>
        formatCode is not null ? IsDateCode(formatCode) : IsBuiltInDate(numberFormatId);

    /// <summary>Built-in formats 14–22 (dates, times, date-times) and 45–47 (mm:ss, [h]:mm:ss, mmss.0).</summary>
    public static bool IsBuiltInDate(int numberFormatId) => numberFormatId is (>= 14 and <= 22) or (>= 45 and <= 47);

    /// <summary>
    /// True when a custom format code has a date or time token (y, m, d, h, s) outside quoted literals, bracketed
    /// sections such as <c>[Red]</c> or <c>[$-409]</c>, escaped characters (<c>\x</c>) and padding/fill (<c>_x</c>, <c>*x</c>).
    /// </summary>
    public static bool IsDateCode(string formatCode)
    {
        for (var i = 0; i < formatCode.Length; i++)
        {
            switch (formatCode[i])
            {
                case '"':
                    var close = formatCode.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    i = close;
                    break;
                case '[':
                    var end = formatCode.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return false;
                    }

                    i = end;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
