using System.Collections;
using System.Collections.Concurrent;
using System.Resources;

namespace ShopSmart.Core.Texts;

/// <summary>
/// Every sentence the report and the workbook write, for one culture, read from the resource file of its language
/// (<c>Texts/English.resx</c>, <c>Texts/French.resx</c>) with named placeholders filled by <see cref="TextTemplate"/>.
/// Both files hold the same keys; a test keeps them so.
/// </summary>
public sealed class TextCatalog
{
    private static readonly ConcurrentDictionary<string, TextCatalog> Loaded = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _texts;

    private TextCatalog(TextCulture culture, IReadOnlyDictionary<string, string> texts)
    {
        Culture = culture;
        _texts = texts;
    }

    public TextCulture Culture { get; }

    public IReadOnlyCollection<string> Keys => (IReadOnlyCollection<string>)_texts.Keys;

    /// <summary>The catalogue of <paramref name="culture"/>, loaded once per process.</summary>
    public static TextCatalog For(TextCulture culture) =>
        Loaded.GetOrAdd(culture.Name, _ => new TextCatalog(culture, Read(ResourceName(culture))));

    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>, with no placeholder to fill.</summary>
    public string Get(string key) => _texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"Text '{key}' is missing from the {Culture.Name} catalogue ({ResourceName(Culture)}).");

    /// <summary>The text of <paramref name="key"/> with its placeholders filled from <paramref name="args"/>.</summary>
    public string Format(string key, TextArgs args) => TextTemplate.Fill(Get(key), args, Culture, Get, key);

    /// <summary>One value in this culture (a table cell, an axis label).</summary>
    public string Write(TextValue value, string? style = null) => TextTemplate.Write(value, style, Culture, Get);

    /// <summary>The text of <paramref name="key"/> when there is one, else <paramref name="fallback"/> (a name from the data).</summary>
    public string GetOrDefault(string key, string fallback) => _texts.TryGetValue(key, out var text) ? text : fallback;

    private static string ResourceName(TextCulture culture) => culture.Language switch
    {
        "en" => "ShopSmart.Core.Texts.English.resources",
        "fr" => "ShopSmart.Core.Texts.French.resources",
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture.Name, "No catalogue for this language."),
    };

    private static Dictionary<string, string> Read(string resource)
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is missing from ShopSmart.Core.");
        using var reader = new ResourceReader(stream);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in reader)
        {
            texts[(string)entry.Key] = entry.Value as string
                ?? throw new InvalidOperationException($"Resource {resource}: '{entry.Key}' is not a string.");
        }

        return texts;
    }
}
