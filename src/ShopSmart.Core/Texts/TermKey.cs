using System.Text;

namespace ShopSmart.Core.Texts;

/// <summary>
/// The catalogue key of a name stored in the data (a segment, a model or a baseline): <c>prefix.</c> then the name in
/// lower case, apostrophes dropped, every run of other characters but letters and digits one '_' ("Can't Lose Them"
/// → <c>segment.cant_lose_them</c>, "LightGBM (run-rate multiple)" → <c>candidate.lightgbm_run_rate_multiple</c>).
/// </summary>
public static class TermKey
{
    public static string For(string prefix, string name)
    {
        var key = new StringBuilder(prefix, prefix.Length + name.Length + 1).Append('.');
        var start = key.Length;
        var gap = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (c == '\'')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                gap = true;
                continue;
            }

            if (gap && key.Length > start)
            {
                key.Append('_');
            }

            key.Append(c);
            gap = false;
        }

        return key.ToString();
    }
}
