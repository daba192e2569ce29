using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>
/// The names the modelling stores for its models and baselines ("LightGBM + logistic regression", "bought before") as
/// terms of the text catalogues: a name with words in it has a <c>candidate.*</c> text in each language; a name
/// without (LightGBM, FP-Growth) is written as stored.
/// </summary>
public static class CandidateNames
{
    /// <summary>The catalogue key of a stored name: lower case, every run of other characters one underscore.</summary>
    public static string TermKey(string name)
    {
        var key = new System.Text.StringBuilder("candidate.", name.Length + 10);
        var pending = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pending && key[^1] != '.')
                {
                    key.Append('_');
                }

                key.Append(c);
                pending = false;
            }
            else
            {
                pending = true;
            }
        }

        return key.ToString();
    }

    /// <summary>The name in the catalogue's language when it has a term, else as stored.</summary>
    public static string Of(TextCatalog texts, string name) => texts.GetOrDefault(TermKey(name), name);
}
