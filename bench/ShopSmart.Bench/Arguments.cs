using System.Globalization;

namespace ShopSmart.Bench;

/// <summary>The bench's command line: positional values and <c>--name value</c> options, read once each.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    _options[pending] = null;
                }

                pending = arg[2..];
            }
            else if (pending is not null)
            {
                _options[pending] = arg;
                pending = null;
            }
            else
            {
                Positional.Add(arg);
            }
        }

        if (pending is not null)
        {
            _options[pending] = null;
        }
    }

    public List<string> Positional { get; } = [];

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Text(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string Text(string name, string fallback) => Text(name) ?? fallback;

    public long? Long(string name) => Text(name) is { } text ? ParseCount(name, text) : null;

    public int Int(string name, int fallback) => Text(name) is { } text ? checked((int)ParseCount(name, text)) : fallback;

    public string Required(int position, string what) =>
        position < Positional.Count ? Positional[position] : throw new UsageException($"missing {what}");

    /// <summary>Counts as people write them: 50000000, 50_000_000, 50M, 10k.</summary>
    public static long ParseCount(string name, string text)
    {
        var t = text.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        var multiplier = 1L;
        if (t.EndsWith('M') || t.EndsWith('m'))
        {
            multiplier = 1_000_000;
            t = t[..^1];
        }
        else if (t.EndsWith('k') || t.EndsWith('K'))
        {
            multiplier = 1_000;
            t = t[..^1];
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? (long)Math.Round(value * multiplier)
            : throw new UsageException($"--{name} {text}: not a number");
    }
}
