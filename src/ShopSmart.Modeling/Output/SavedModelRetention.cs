using System.Globalization;

namespace ShopSmart.Modeling.Output;

/// <summary>
/// The saved models follow Modeling:KeepRuns as the ml rows do: a run whose per-customer rows were cleared loses its
/// run-&lt;id&gt; folder too (~80 KB a run on UCI, more with more products), so a nightly schedule does not fill the disk.
/// Only folders named exactly run-&lt;id&gt; are touched: anything else a user keeps beside them stays.
/// </summary>
public static class SavedModelRetention
{
    /// <summary>The folder names among <paramref name="names"/> that hold a run older than <paramref name="oldestKept"/>.</summary>
    public static IReadOnlyList<string> Expired(IEnumerable<string> names, long oldestKept) =>
        names.Where(name => RunId(name) is { } id && id < oldestKept).Order(StringComparer.Ordinal).ToList();

    /// <summary>Deletes the expired run folders under <paramref name="modelFolder"/>; returns those it could not delete.</summary>
    public static IReadOnlyList<string> Prune(string modelFolder, long oldestKept)
    {
        if (!Directory.Exists(modelFolder))
        {
            return [];
        }

        var failed = new List<string>();
        foreach (var name in Expired(Directory.EnumerateDirectories(modelFolder).Select(Path.GetFileName).OfType<string>(), oldestKept))
        {
            try
            {
                Directory.Delete(Path.Combine(modelFolder, name), recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The run is written and committed: a folder another process holds open is reported, not fatal.
                failed.Add($"{name}: {e.Message}");
            }
        }

        return failed;
    }

    private static long? RunId(string name) =>
        name.StartsWith("run-", StringComparison.Ordinal)
        && name.Length > 4
        && name.AsSpan(4).IndexOfAnyExceptInRange('0', '9') < 0
        && long.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
