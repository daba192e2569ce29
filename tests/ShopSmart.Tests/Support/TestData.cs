using System.IO.Compression;
using System.Text;

namespace ShopSmart.Tests.Support;

/// <summary>Writes source files for tests: CSV text in a chosen encoding, optionally gzipped, and zips.</summary>
public static class TestData
{
    public const string OnlineRetailHeader = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    public static string SamplePath => Path.Combine(RepoPaths.Root, "data", "online_retail_sample.csv.gz");

    public static string FullCsv => Path.Combine(RepoPaths.SharedDatasets, "online_retail.csv.gz");

    public static string FullXlsx => Path.Combine(RepoPaths.SharedDatasets, "Online Retail.xlsx");

    public static string WriteCsv(string path, IEnumerable<string> lines, Encoding? encoding = null, bool gzip = false)
    {
        var text = string.Join("\n", lines) + "\n";
        var bytes = (encoding ?? Encoding.Latin1).GetBytes(text);
        if (gzip)
        {
            using var file = File.Create(path);
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            zip.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    /// <summary>
    /// A zip of the given members, in order, each text in UTF-8 (a name ending in '/' is a folder entry): an archive of
    /// exports, or a package built part by part (xlsx, ods).
    /// </summary>
    public static string WriteZip(string path, IEnumerable<(string Name, string Text)> members, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in members)
        {
            if (name.EndsWith('/'))
            {
                zip.CreateEntry(name);
                continue;
            }

            using var entry = zip.CreateEntry(name, level).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }

        return path;
    }

    /// <summary>
    /// A full UCI file, or null with a skip reason: the data sets live beside the repository (../shared), present
    /// in CI and absent on a user's fresh clone.
    /// </summary>
    public static string RequireShared(string path)
    {
        Skip.IfNot(File.Exists(path), $"needs the full UCI data set at {path} (../shared/datasets beside the repository); absent here");
        return path;
    }
}
