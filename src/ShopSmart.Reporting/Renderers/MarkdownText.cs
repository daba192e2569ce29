using System.Text;

namespace ShopSmart.Reporting.Renderers;

/// <summary>Text made literal for markdown: data such as product names must never turn into emphasis, links or maths.</summary>
public static class MarkdownText
{
    // CommonMark lets any ASCII punctuation be escaped; these are the ones that change how a line renders,
    // plus $, which Jupyter reads as the start of LaTeX maths.
    private const string Special = "\\`*_[]<>|#~$";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (Special.Contains(ch, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(ch is '\n' or '\r' ? ' ' : ch);
        }

        return escaped.ToString();
    }
}
