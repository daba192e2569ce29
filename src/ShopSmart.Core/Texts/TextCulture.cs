using System.Globalization;
using ShopSmart.Core.Runs;

namespace ShopSmart.Core.Texts;

/// <summary>
/// A language the product writes in (English, French): its text catalogue and its number, money and date formats.
/// </summary>
/// <remarks>
/// The apps run with <c>InvariantGlobalization</c>, where <c>new CultureInfo("fr-FR")</c> throws and no machine's
/// ICU data is used. Each culture is therefore defined here, field by field (separators, patterns, month and day
/// names, following CLDR for en-GB and fr-FR), on a clone of the invariant culture: the output is the same on every
/// machine and standard .NET format strings still work with <see cref="Format"/>.
/// </remarks>
public sealed partial class TextCulture
{
    private TextCulture(string name, string language, CultureInfo format, Func<double, bool> isSingular)
    {
        Name = name;
        Language = language;
        Format = format;
        IsSingular = isSingular;
    }

    public static TextCulture English { get; } = new("en-GB", "en", BuildEnglish(), n => n == 1);

    // French uses the singular for 0 and 1 ("0 client", "1,5 jour").
    public static TextCulture French { get; } = new("fr-FR", "fr", BuildFrench(), n => Math.Abs(n) < 2);

    public static IReadOnlyList<TextCulture> All { get; } = [English, French];

    /// <summary>BCP 47 tag: <c>en-GB</c>, <c>fr-FR</c>.</summary>
    public string Name { get; }

    /// <summary>Two-letter language: <c>en</c>, <c>fr</c>.</summary>
    public string Language { get; }

    /// <summary>The culture's formats, for <c>ToString(format, culture.Format)</c>.</summary>
    public CultureInfo Format { get; }

    /// <summary>Whether a count takes the singular form (<c>{n|customer|customers}</c> in a template).</summary>
    public Func<double, bool> IsSingular { get; }

    /// <summary>
    /// The culture named by <paramref name="name"/>: <c>en</c>, <c>en-GB</c>, <c>fr</c> or <c>fr-FR</c> (any case);
    /// anything else is bad input naming the choices.
    /// </summary>
    public static TextCulture Parse(string? name)
    {
        var value = (name ?? string.Empty).Trim();
        foreach (var culture in All)
        {
            if (value.Equals(culture.Name, StringComparison.OrdinalIgnoreCase) || value.Equals(culture.Language, StringComparison.OrdinalIgnoreCase))
            {
                return culture;
            }
        }

        throw new BadInputException($"Culture '{name}' is not supported; use en-GB or fr-FR.");
    }

    public override string ToString() => Name;
}
