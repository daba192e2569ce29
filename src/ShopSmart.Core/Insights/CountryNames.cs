using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>
/// The countries of the UCI Online Retail data, as the data writes them (in English), each a term of the text
/// catalogues so the French report names them in French. A country the catalogues do not know (another export's) is
/// written as stored.
/// </summary>
public static class CountryNames
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "Australia", "Austria", "Bahrain", "Belgium", "Brazil", "Canada", "Channel Islands", "Cyprus", "Czech Republic",
        "Denmark", "EIRE", "European Community", "Finland", "France", "Germany", "Greece", "Hong Kong", "Iceland", "Israel",
        "Italy", "Japan", "Lebanon", "Lithuania", "Malta", "Netherlands", "Norway", "Poland", "Portugal", "RSA",
        "Saudi Arabia", "Singapore", "Spain", "Sweden", "Switzerland", "USA", "United Arab Emirates", "United Kingdom",
        "Unspecified",
    ];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.Ordinal);

    /// <summary>The catalogue key of a country name (<c>country.united_kingdom</c>).</summary>
    public static string TermKey(string country) => Texts.TermKey.For("country", country);

    /// <summary>A known country as a translated term; another as its name, untranslated.</summary>
    public static TextValue Term(string country) => KnownSet.Contains(country) ? TextValue.Term(TermKey(country)) : TextValue.Of(country);
}
