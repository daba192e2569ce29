namespace ShopSmart.Etl.Sources;

/// <summary>
/// The currency a file's prices are written in, when they carry a sign (Excel writes a currency-formatted price to a CSV
/// as <c>£2.55</c>). The warehouse holds amounts without a currency, so a price written with another sign than the
/// file's is not read: a file in two currencies would add pounds to euros. The file's is the one most of a CSV's first
/// rows carry, as its dialect found it; else (a workbook, or a CSV read with every option given) the first one read.
/// </summary>
/// <param name="expected">The file's currency sign, when the rows looked at before reading say it.</param>
public sealed class PriceCurrency(char? expected = null)
{
    /// <summary>The file's currency sign, once known.</summary>
    public char? Sign { get; private set; } = expected;

    /// <summary>Reads a price written as text into <paramref name="fields"/>, by <see cref="FieldParsers.ReadPrice(ReadOnlySpan{char}, DecimalMark, out decimal, out char)"/>.</summary>
    /// <param name="expected">What a price is in this file, for the note (<c>a number with a decimal comma</c>).</param>
    public void Read(ref LineFields fields, ReadOnlySpan<char> text, DecimalMark mark, string expected)
    {
        var read = FieldParsers.ReadPrice(text, mark, out var price, out var sign);
        if (read == NumberRead.Ok && sign != '\0' && (Sign ??= sign) != sign)
        {
            fields.PriceError = $"UnitPrice '{text}' is in {sign} where the file's prices are in {Sign}: the warehouse holds one currency";
            return;
        }

        fields.SetPrice(read, price, text, expected);
    }

    /// <summary>For the load summary after how the file was read (<c>, prices in £</c>), or nothing.</summary>
    public string Described => Sign is { } sign ? $", prices in {sign}" : string.Empty;
}
