namespace ShopSmart.Etl.Sources;

/// <summary>Expands the paths given on the command line: files as they are, folders to their data files.</summary>
public static class SourcePaths
{
    private static readonly string[] DataExtensions = [".csv", ".gz", ".xlsx", ".xls"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => DataExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)) // Excel lock files
                    .Order(StringComparer.Ordinal));
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

        if (files.Count == 0)
        {
            throw new SourceFileException(string.Join(", ", paths), "no .csv, .csv.gz, .xlsx or .xls file found.");
        }

        return files;
    }
}
