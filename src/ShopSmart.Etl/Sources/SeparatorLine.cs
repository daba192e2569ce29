namespace ShopSmart.Etl.Sources;

/// <summary>
/// Excel's delimiter hint: a first line <c>sep=;</c> (or <c>sep=,</c>, <c>sep=&lt;tab&gt;</c>) before the header, written
/// by tools that want Excel to split the file whatever the reader's locale. It names the delimiter and is not data.
/// </summary>
public static class SeparatorLine
{
    public static bool TryParse(string? line, out char delimiter)
    {
        delimiter = '\0';
        var text = line?.Trim('\uFEFF', '\r', '\n', '"');
        if (text is not { Length: 5 } || !text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        delimiter = text[4];
        return true;
    }
}
