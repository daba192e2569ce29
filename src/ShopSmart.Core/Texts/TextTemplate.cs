using System.Text;

namespace ShopSmart.Core.Texts;

/// <summary>
/// Fills a catalogue text's named placeholders:
/// <list type="bullet">
/// <item><c>{name}</c>: the value, written for its kind in the culture;</item>
/// <item><c>{name:style}</c>: <c>compact</c> money (£184k), <c>long</c> dates and months, or a digit for the decimals;</item>
/// <item><c>{name|singular|plural}</c>: the word that agrees with the number <c>name</c> in the culture;</item>
/// <item><c>{{</c>, <c>}}</c>: literal braces.</item>
/// </list>
/// </summary>
public static class TextTemplate
{
    public static string Fill(string template, TextArgs args, TextCulture culture, Func<string, string> term, string key = "?")
    {
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var ch = template[i];
            if (ch == '{' && At(template, i + 1, '{') || ch == '}' && At(template, i + 1, '}'))
            {
                text.Append(ch);
                i += 2;
                continue;
            }

            if (ch == '}')
            {
                throw new FormatException($"Text '{key}': unmatched '}}' at position {i}.");
            }

            if (ch != '{')
            {
                text.Append(ch);
                i++;
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                throw new FormatException($"Text '{key}': unclosed '{{' at position {i}.");
            }

            var placeholder = Placeholder.Parse(template.AsSpan(i + 1, end - i - 1), key);
            if (!args.TryGet(placeholder.Name, out var value))
            {
                throw new FormatException($"Text '{key}': no value for placeholder '{placeholder.Name}'.");
            }

            text.Append(placeholder.Forms is { } forms
                ? forms[culture.IsSingular(value.Number) ? 0 : 1]
                : Write(value, placeholder.Style, culture, term));
            i = end + 1;
        }

        return text.ToString();
    }

    /// <summary>The placeholder names a text uses (plural forms count as a use of their number).</summary>
    public static IReadOnlySet<string> Placeholders(string template, string key = "?")
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && At(template, i + 1, '{'))
            {
                i++;
                continue;
            }

            if (template[i] == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new FormatException($"Text '{key}': unclosed '{{' at position {i}.");
                }

                names.Add(Placeholder.Parse(template.AsSpan(i + 1, end - i - 1), key).Name);
                i = end;
            }
        }

        return names;
    }

    /// <summary>One value in the culture, with an optional style (see the class summary).</summary>
    public static string Write(TextValue value, string? style, TextCulture culture, Func<string, string> term)
    {
        int? digits = style is { Length: 1 } && char.IsAsciiDigit(style[0]) ? style[0] - '0' : null;
        var longForm = style == "long";
        return value.Kind switch
        {
            TextValueKind.Text => value.Text ?? string.Empty,
            TextValueKind.Term => term(value.Text ?? string.Empty),
            TextValueKind.Count => culture.Count(value.Number),
            TextValueKind.Number => culture.Number(value.Number, digits ?? value.Decimals),
            TextValueKind.Money => style == "compact" ? culture.MoneyCompact(value.Number) : culture.Money(value.Number, digits),
            TextValueKind.Percent => culture.Percent(value.Number, digits ?? value.Decimals),
            TextValueKind.Date => culture.Date(value.Date, longForm),
            TextValueKind.Month => culture.Month(value.Text ?? string.Empty, longForm),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown text value kind."),
        };
    }

    private static bool At(string text, int index, char ch) => index < text.Length && text[index] == ch;

    private sealed record Placeholder(string Name, string? Style, string[]? Forms)
    {
        public static Placeholder Parse(ReadOnlySpan<char> body, string key)
        {
            var text = body.ToString();
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar >= 0)
            {
                var parts = text.Split('|');
                if (parts.Length != 3 || !IsName(parts[0]))
                {
                    throw new FormatException($"Text '{key}': plural placeholder '{{{text}}}' must be {{name|singular|plural}}.");
                }

                return new Placeholder(parts[0], null, [parts[1], parts[2]]);
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? text : text[..colon];
            if (!IsName(name))
            {
                throw new FormatException($"Text '{key}': '{{{text}}}' is not a placeholder (letters, digits and _ only).");
            }

            return new Placeholder(name, colon < 0 ? null : text[(colon + 1)..], null);
        }

        private static bool IsName(string name) =>
            name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]);
    }
}
