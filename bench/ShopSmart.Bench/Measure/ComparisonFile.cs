using System.Globalization;

namespace ShopSmart.Bench.Measure;

/// <summary>
/// The summary rows of the side-by-side comparisons, beside runs.csv (compare.csv, compare-etl.csv): when, on what
/// machine and load, which commit and input, then the comparison's own columns. The header is written with the first row.
/// </summary>
internal static class ComparisonFile
{
    private const string CommonColumns = "date_utc,machine,load_before,load_after,commit,input";

    /// <param name="columns">The comparison's own column names, comma-separated, in the order of <paramref name="fields"/>.</param>
    /// <returns>The file's path.</returns>
    public static string Append(string resultsPath, string fileName, string columns, double loadBefore, string input, IEnumerable<string> fields)
    {
        var c = CultureInfo.InvariantCulture;
        var file = Path.Combine(Path.GetDirectoryName(resultsPath)!, fileName);
        var header = File.Exists(file) ? "" : $"{CommonColumns},{columns}\n";
        string[] common =
        [
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", c), $"\"{MachineInfo.Describe()}\"", loadBefore.ToString("0.00", c),
            MachineInfo.LoadAverage().ToString("0.00", c), MachineInfo.Commit(), Path.GetFileName(input),
        ];
        File.AppendAllText(file, header + string.Join(',', [.. common, .. fields]) + "\n");
        return file;
    }
}
