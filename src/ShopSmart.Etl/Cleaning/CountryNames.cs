namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// Countries are one whatever their case: "united kingdom" and "UNITED KINGDOM" are United Kingdom, so the figures by
/// country are not split by how an export wrote them. The first spelling loaded names the country — the warehouse's,
/// then the file's first. Stateful: one per load, used on the reader thread, in file order.
/// </summary>
public sealed class CountryNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    // The lines of an invoice come together: the last country asked about is usually the next one too.
    private string? _lastAsked;
    private string? _lastName;

    /// <param name="known">The spellings already in the warehouse, oldest first (the first of two that differ by case wins).</param>
    public CountryNames(IEnumerable<string> known)
    {
        foreach (var name in known)
        {
            _names.TryAdd(name, name);
        }
    }

    /// <summary>The spelling that names <paramref name="country"/>'s country (the same string when it is the first seen).</summary>
    public string? Canonical(string? country)
    {
        if (country is null)
        {
            return null;
        }

        if (string.Equals(country, _lastAsked, StringComparison.Ordinal))
        {
            return _lastName;
        }

        if (!_names.TryGetValue(country, out var name))
        {
            name = country;
            _names.Add(country, name);
        }

        _lastAsked = country;
        _lastName = name;
        return name;
    }
}
