namespace ShopSmart.Etl.Sources;

/// <summary>Expands the paths given on the command line: files as they are, folders to their data files.</summary>
public static class SourcePaths
{
    private static readonly string[] DataExtensions = [".csv", ".gz", ".xlsx", ".xls", ".zip"];

    /// <summary>The data files a load reads, as messages name them.</summary>
    public const string DataFiles = ".csv, .csv.gz, .xlsx or .xls";

    /// <summary>The files a folder's load reads, as messages name them: data files and zip archives of them.</summary>
    public const string DataFilesOrArchives = ".csv, .csv.gz, .xlsx, .xls or .zip";

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => Expand(paths, out _);

    /// <summary>
    /// Files and folders no one saved as data, passed over without a word: Excel's lock file of an open workbook
    /// (~$book.xlsx), hidden ones (.DS_Store, ._book.csv), and the resource forks macOS adds to a zip (__MACOSX/).
    /// </summary>
    public static bool IsHidden(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || (name.StartsWith('.') && name is not "." and not "..") || name == "__MACOSX";

    /// <summary>Whether a file of a folder is read, by its name: .csv, .gz, .xlsx, .xls, or a .zip of such files.</summary>
    public static bool IsDataFile(string name) => DataExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file inside a zip archive is read: a data file, but not an archive inside the archive.</summary>
    public static bool IsArchivedDataFile(string name) => IsDataFile(name) && !name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <param name="passedOver">Files of the folders given that are not data files by their extension (a .txt, a
    /// .tsv), and the folders inside them (ending in the path separator; folders are not searched): not read, and said
    /// so, so that an export saved under another name or one level down is not missed in silence.</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> passedOver)
    {
        var files = new List<string>();
        var others = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    if (IsHidden(Path.GetFileName(file)))
                    {
                        continue;
                    }

                    (IsDataFile(Path.GetFileName(file)) ? files : others).Add(file);
                }

                others.AddRange(Directory.EnumerateDirectories(path)
                    .Where(folder => !IsHidden(Path.GetFileName(folder)))
                    .Order(StringComparer.Ordinal)
                    .Select(folder => folder + Path.DirectorySeparatorChar));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new SourceFileException(path, "no such file or folder.");
            }
        }

        // A file named twice, or named and inside a folder named too, is one file: loaded once. A folder named as well as
        // its parent is read, not passed over.
        var named = Named(paths);
        passedOver = [.. others
            .Where(p => !named.Contains(Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))))
            .DistinctBy(Path.GetFullPath)];
        files = [.. files.DistinctBy(Path.GetFullPath)];
        if (files.Count == 0)
        {
            throw new SourceFileException(string.Join(", ", paths), $"no {DataFilesOrArchives} file found" + (others.Count == 0
                ? "."
                : $" (not read: {NotRead(others)})."));
        }

        return files;
    }

    /// <summary>The paths as given, each in one spelling (full, without a trailing separator), to tell what was named from what a folder holds.</summary>
    public static HashSet<string> Named(IEnumerable<string> paths) =>
        paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToHashSet(StringComparer.Ordinal);

    /// <summary>The files a load passed over, named, and how to load one anyway.</summary>
    public static string NotRead(IReadOnlyList<string> passedOver)
    {
        var folders = passedOver.Where(p => Path.EndsInDirectorySeparator(p)).Select(p => Path.GetFileName(Path.TrimEndingDirectorySeparator(p)) + "/").ToList();
        var files = passedOver.Where(p => !Path.EndsInDirectorySeparator(p)).Select(Path.GetFileName).ToList();
        var said = new List<string>();
        if (files.Count > 0)
        {
            said.Add($"{string.Join(", ", files)}, not {DataFilesOrArchives}; name a file to load it whatever its extension");
        }

        if (folders.Count > 0)
        {
            said.Add($"{string.Join(", ", folders)}, {(folders.Count == 1 ? "a folder" : "folders")} inside the one given; name {(folders.Count == 1 ? "it" : "one")} to load its files");
        }

        return string.Join("; ", said);
    }
}
