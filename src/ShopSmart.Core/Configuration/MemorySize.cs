using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopSmart.Core.Configuration;

/// <summary>A memory size written as DuckDB reads it (<c>512MB</c>, <c>1.5 GiB</c>): decimal and binary units.</summary>
public static partial class MemorySize
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = 1, ["bytes"] = 1,
        ["kb"] = 1e3, ["mb"] = 1e6, ["gb"] = 1e9, ["tb"] = 1e12,
        ["kib"] = 1L << 10, ["mib"] = 1L << 20, ["gib"] = 1L << 30, ["tib"] = 1L << 40,
    };

    /// <summary>The size in bytes; a text that is not a number and one of those units is a configuration error naming <paramref name="setting"/>.</summary>
    public static long Bytes(string text, string setting)
    {
        var match = SizePattern().Match(text ?? "");
        return match.Success && Units.TryGetValue(match.Groups["unit"].Value, out var unit)
            ? (long)Math.Round(double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * unit)
            : throw new ConfigurationException($"{setting} is '{text}'; expected a size such as 256MB, 1GB or 1.5GiB.");
    }

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>[a-zA-Z]+)\s*$")]
    private static partial Regex SizePattern();
}
