namespace ShopSmart.Reporting.Renderers;

/// <summary>
/// Column widths for a table in a fixed text width, from what the columns hold: each column gets at least its
/// longest word (a segment name is never broken into "Champio / ns") and the rest of the width goes to the columns
/// whose cells are longer than that, in proportion. Widths are in the caller's unit (twips for Word).
/// </summary>
public static class TableColumnWidths
{
    /// <param name="unitsPerChar">Width of an average character of the table's font, cell padding excluded.</param>
    /// <param name="padding">A cell's left plus right padding.</param>
    public static int[] Of(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int available, int unitsPerChar, int padding)
    {
        var columns = headers.Count;
        var least = new double[columns];
        var wanted = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            // A header may wrap between words; a cell is wanted on one line.
            least[c] = LongestWord(headers[c]);
            wanted[c] = least[c];
            foreach (var row in rows)
            {
                least[c] = Math.Max(least[c], LongestWord(row[c]));
                wanted[c] = Math.Max(wanted[c], row[c].Length);
            }

            least[c] = (least[c] * unitsPerChar) + padding;
            wanted[c] = (wanted[c] * unitsPerChar) + padding;
        }

        var leastTotal = least.Sum();
        if (leastTotal >= available)
        {
            // Too narrow for every word: shrink them all alike.
            return Round(least.Select(w => w * available / leastTotal).ToArray(), available);
        }

        // Every column gets what it wants when that fits, the rest shared evenly; otherwise the width above the
        // words goes to the columns in proportion to what they lack.
        var extra = wanted.Select((w, c) => w - least[c]).ToArray();
        var extraTotal = extra.Sum();
        var spare = available - leastTotal;
        var widths = extraTotal <= spare
            ? least.Select((w, c) => w + extra[c] + ((spare - extraTotal) / columns)).ToArray()
            : least.Select((w, c) => w + (spare * extra[c] / extraTotal)).ToArray();
        return Round(widths, available);
    }

    private static int LongestWord(string text)
    {
        var longest = 0;
        // Only a plain space breaks a line: "2 845 £" in French is held together by narrow no-break spaces.
        foreach (var word in text.Split(' '))
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    /// <summary>Whole units that add up to <paramref name="available"/> exactly.</summary>
    private static int[] Round(double[] widths, int available)
    {
        var rounded = widths.Select(w => (int)Math.Floor(w)).ToArray();
        var rest = available - rounded.Sum();
        for (var i = 0; rest > 0; i = (i + 1) % rounded.Length, rest--)
        {
            rounded[i]++;
        }

        return rounded;
    }
}
