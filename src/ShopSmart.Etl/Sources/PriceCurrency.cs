namespace ShopSmart.Etl.Sources;

/// <summary>
/// The currency a file's prices are written in, when they carry one (Excel writes a currency-formatted price to a CSV
/// as <c>£2.55</c>, <c>2,55 kr</c> or <c>2.55 EUR</c>). The warehouse holds amounts without a currency, so a price written
/// in another currency than the file's is not read: a file in two currencies would add pounds to euros. A sign and its
/// code are one currency (<c>€</c>, <c>EUR</c>); a sign several currencies use ($, ¥, kr) is only itself.
/// The file's is the one most of a CSV's first rows carry, as its dialect found it; else (a workbook, or a CSV read with
/// every option given) the first one read.
/// </summary>
/// <param name="expected">The file's currency, when the rows looked at before reading say it.</param>
public sealed class PriceCurrency(string? expected = null)
{
    /// <summary>The file's currency as written (<c>£</c>, <c>kr</c>, <c>EUR</c>), once known.</summary>
    public string? Name { get; private set; } = expected;

    /// <summary>Reads a price written as text into <paramref name="fields"/>, by <see cref="FieldParsers.ReadPrice(ReadOnlySpan{char}, DecimalMark, out decimal, out string?)"/>.</summary>
    /// <param name="expected">What a price is in this file, for the note (<c>a number with a decimal comma</c>).</param>
    public void Read(ref LineFields fields, ReadOnlySpan<char> text, DecimalMark mark, string expected)
    {
        var read = FieldParsers.ReadPrice(text, mark, out var price, out var currency);
        if (read == NumberRead.Ok && currency is not null && !string.Equals(Name ??= currency, currency, StringComparison.Ordinal))
        {
            fields.PriceError = $"UnitPrice '{text}' is in {currency} where the file's prices are in {Name}: the warehouse holds one currency";
            return;
        }

        fields.SetPrice(read, price, text, expected);
    }

    /// <summary>Tells the sink the file's currency, when its prices carry one: the warehouse checks it against earlier batches'.</summary>
    public void Tell(ISourceSink sink)
    {
        if (Name is { } name)
        {
            sink.PricesIn(name);
        }
    }

    /// <summary>For the load summary after how the file was read (<c>, prices in £</c>), or nothing.</summary>
    public string Described => Name is { } name ? $", prices in {name}" : string.Empty;
}
