using System.Globalization;
using System.IO.Compression;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A zip that is no Office package at all (no <c>[Content_Types].xml</c>, no workbook): an archive of files, such as
/// the UCI download (<c>online+retail.zip</c>, holding <c>Online Retail.xlsx</c>). A load reads such an archive's files
/// (<see cref="SourceArchive"/>); a reader given one as a workbook (the bench's <c>parse</c>) tells it apart from a
/// damaged workbook, saying what the archive holds instead of "corrupt or truncated".
/// </summary>
public sealed class ZipArchiveNotWorkbookException(string message) : IOException(message)
{
    private const int Named = 5;

    /// <summary>Throws when <paramref name="zip"/> is a plain archive; returns for anything that claims to be a package.</summary>
    public static void ThrowIfArchive(ZipArchive zip)
    {
        if (zip.GetEntry("[Content_Types].xml") is not null)
        {
            return;
        }

        var files = zip.Entries.Where(e => e.Name.Length > 0).ToList();
        var named = files.Take(Named).Select(e => string.Create(CultureInfo.InvariantCulture, $"'{e.FullName}' ({Size(e.Length)})"));
        var more = files.Count > Named ? $" and {files.Count - Named:N0} more" : string.Empty;
        var holds = files.Count == 0 ? "nothing" : string.Join(", ", named) + more;
        throw new ZipArchiveNotWorkbookException(
            $"a zip archive, not an Excel workbook: it holds {holds}. `load` and `run` read the files of an archive; here, unzip it and read them one by one.");
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
