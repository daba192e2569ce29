namespace ShopSmart.Etl.Sources;

/// <summary>A1-style cell references as SpreadsheetML writes them in <c>r</c> attributes.</summary>
public static class CellReference
{
    /// <summary>Columns in a sheet (A to XFD).</summary>
    public const int MaxColumns = 16384;

    /// <summary>
    /// The 0-based column of a reference such as "C5", "AA10" or "XFD1048576" (letters in either case, the row part
    /// optional); -1 when the reference has no column letters, too many, or names a column past XFD.
    /// </summary>
    public static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            int digit;
            if (c is >= 'A' and <= 'Z')
            {
                digit = c - 'A' + 1;
            }
            else if (c is >= 'a' and <= 'z')
            {
                digit = c - 'a' + 1;
            }
            else
            {
                break;
            }

            if (++letters > 3)
            {
                return -1;
            }

            column = (column * 26) + digit;
        }

        return letters == 0 || column > MaxColumns ? -1 : column - 1;
    }
}
