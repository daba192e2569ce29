using System.Globalization;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// The rows a reader quarantined, counted by reason with the first of each, so that a file none of whose rows can be
/// loaded is refused saying why instead of recorded as a batch of nothing (which a corrected reload of the same
/// bytes would then find "already loaded").
/// </summary>
public sealed class QuarantineTally
{
    private readonly Dictionary<string, (long Count, RejectedLine First)> _reasons = new(StringComparer.Ordinal);

    public long Count { get; private set; }

    public void Add(RejectedLine rejected)
    {
        Count++;
        _reasons[rejected.ReasonCode] = _reasons.TryGetValue(rejected.ReasonCode, out var seen)
            ? (seen.Count + 1, seen.First)
            : (1, rejected);
    }

    /// <summary>The reasons, most rows first, each with its first row: <c>BAD_PRICE 20 (row 2: UnitPrice is empty)</c>.</summary>
    public string Describe() => string.Join("; ", _reasons
        .OrderByDescending(r => r.Value.Count)
        .ThenBy(r => r.Key, StringComparer.Ordinal)
        .Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Key} {r.Value.Count:N0} ({(r.Value.First.Sheet is { } sheet ? $"sheet '{sheet}' " : string.Empty)}row {r.Value.First.RowNumber}: {Shown(r.Value.First.Detail)})")));

    /// <summary>A note as a message shows it: a note can quote a field of up to a megabyte.</summary>
    private static string Shown(string detail) => detail.Length <= 200 ? detail : $"{detail[..200]}…";
}
