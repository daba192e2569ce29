using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>
/// The names the modelling stores for its models and baselines ("LightGBM + logistic regression", "bought before") as
/// terms of the text catalogues: a name with words in it has a <c>candidate.*</c> text in each language; a name
/// without (LightGBM, FP-Growth) is written as stored.
/// </summary>
public static class CandidateNames
{
    /// <summary>The baseline of the most-bought products (next-best products: those the customer lacks).</summary>
    public const string Popularity = "popularity";

    /// <summary>The baseline of what the customer bought before.</summary>
    public const string BoughtBefore = "bought before";

    /// <summary>The catalogue key of a stored name (<c>candidate.rules_propensity</c>).</summary>
    public static string TermKey(string name) => Texts.TermKey.For("candidate", name);

    /// <summary>The name in the catalogue's language when it has a term, else as stored.</summary>
    public static string Of(TextCatalog texts, string name) => texts.GetOrDefault(TermKey(name), name);
}
