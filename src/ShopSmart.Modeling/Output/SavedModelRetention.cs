using System.Globalization;
using ShopSmart.Core.Engines;

namespace ShopSmart.Modeling.Output;

/// <summary>
/// The saved models follow Modeling:KeepRuns as the ml rows do: a run whose per-customer rows were cleared loses its
/// run-&lt;id&gt; folder too (~80 KB a run on UCI, more with more products), so a nightly schedule does not fill the disk.
/// Run ids are numbered per warehouse and a model folder may be shared by mistake (one configured folder for several
/// warehouses, or two default folders that differ only in case on Windows), so a run folder is removed only when it
/// says it belongs to this warehouse: each committed run writes its owner in <see cref="OwnerFile"/>. A folder without
/// one (a run that failed or is still training, an older version's run, a user's folder) is never touched, and a run
/// refuses to start where its run-&lt;id&gt; folder is another warehouse's.
/// </summary>
public static class SavedModelRetention
{
    public const string OwnerFile = "warehouse.txt";

    /// <summary>
    /// Which warehouse a run belongs to, as written in its folder: the DuckDB file's full path, or the server and
    /// database as SQL Server names them (not as the connection string spells them: a port, a "tcp:" or another case
    /// would otherwise make the same warehouse another owner).
    /// </summary>
    public static string Owner(WarehouseEngine engine)
    {
        if (engine is DuckDbEngine duck)
        {
            return $"DuckDB {Path.GetFullPath(duck.DatabasePath)}";
        }

        using var connection = engine.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CONCAT(@@SERVERNAME, N'/', DB_NAME())";
        return $"SQL Server {command.ExecuteScalar()}";
    }

    /// <summary>The owner written in <paramref name="runFolder"/> when it is not <paramref name="owner"/>; else null.</summary>
    public static string? OtherOwner(string runFolder, string owner) =>
        ReadOwner(runFolder) is { } written && !string.Equals(written, owner, StringComparison.Ordinal) ? written : null;

    /// <summary>Marks a committed run's folder (if it saved any model) as the warehouse's; returns why it could not.</summary>
    public static string? Claim(string runFolder, string owner)
    {
        try
        {
            if (Directory.Exists(runFolder))
            {
                File.WriteAllText(Path.Combine(runFolder, OwnerFile), owner + "\n");
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The run is committed: an unmarked folder is only never pruned.
            return $"{runFolder}: {e.Message}";
        }
    }

    /// <summary>
    /// The folders among <paramref name="folders"/> (name, owner written in it or null) that hold a run of
    /// <paramref name="owner"/> older than <paramref name="oldestKept"/>.
    /// </summary>
    public static IReadOnlyList<string> Expired(IEnumerable<(string Name, string? Owner)> folders, long oldestKept, string owner) =>
        folders.Where(f => RunId(f.Name) is { } id && id < oldestKept && string.Equals(f.Owner, owner, StringComparison.Ordinal))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Deletes the warehouse's expired run folders under <paramref name="modelFolder"/>; returns what it could not.</summary>
    public static IReadOnlyList<string> Prune(string modelFolder, long oldestKept, string owner)
    {
        var failed = new List<string>();
        try
        {
            if (!Directory.Exists(modelFolder))
            {
                return [];
            }

            var folders = Directory.EnumerateDirectories(modelFolder)
                .Select(path => (Name: Path.GetFileName(path), Path: path))
                .Where(f => RunId(f.Name) is not null)
                .Select(f => (f.Name, Owner: ReadOwner(f.Path)))
                .ToList();
            foreach (var name in Expired(folders, oldestKept, owner))
            {
                try
                {
                    Directory.Delete(Path.Combine(modelFolder, name), recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failed.Add($"{name}: {e.Message}");
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The run is written and committed: a folder that cannot be read is reported, not fatal.
            failed.Add($"{modelFolder}: {e.Message}");
        }

        return failed;
    }

    // An owner file that cannot be read is nobody's: that folder is left alone, the others are still pruned.
    private static string? ReadOwner(string runFolder)
    {
        try
        {
            var file = Path.Combine(runFolder, OwnerFile);
            return File.Exists(file) ? File.ReadAllText(file).TrimEnd('\n', '\r') : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long? RunId(string name) =>
        name.StartsWith("run-", StringComparison.Ordinal)
        && name.Length > 4
        && name.AsSpan(4).IndexOfAnyExceptInRange('0', '9') < 0
        && long.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
