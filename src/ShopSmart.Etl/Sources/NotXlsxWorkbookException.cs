using System.Globalization;
using System.IO.Compression;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A zip that is not an Excel workbook the load reads, told apart from a damaged workbook so the message says what the
/// file is instead of "corrupt or truncated": an archive of files (the UCI download, <c>online+retail.zip</c>, which a
/// load reads through <see cref="SourceArchive"/>; only a reader given it as a workbook, such as the bench's
/// <c>parse</c>, meets it here), a LibreOffice spreadsheet (.ods), or an Excel binary workbook (.xlsb).
/// </summary>
public sealed class NotXlsxWorkbookException(string message) : IOException(message)
{
    private const int Named = 5;

    /// <summary>An OpenDocument file names its kind in a first entry called "mimetype".</summary>
    public static bool IsOpenDocument(ZipArchive zip) => zip.GetEntry("mimetype") is not null;

    /// <summary>An Office Open XML package (xlsx, xlsm, xlsb, docx…) lists its parts' types here.</summary>
    public static bool IsOfficePackage(ZipArchive zip) => zip.GetEntry("[Content_Types].xml") is not null;

    /// <summary>Throws unless <paramref name="zip"/> may be an xlsx workbook whose main part is <paramref name="workbookPart"/>.</summary>
    public static void ThrowIfNotXlsx(ZipArchive zip, string workbookPart)
    {
        if (IsOpenDocument(zip))
        {
            throw new NotXlsxWorkbookException(
                "an OpenDocument spreadsheet (LibreOffice's .ods), not an Excel workbook: save it from LibreOffice as .xlsx (or .csv) and load that.");
        }

        if (IsOfficePackage(zip))
        {
            if (workbookPart.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
            {
                throw new NotXlsxWorkbookException(
                    "an Excel binary workbook (.xlsb), which the load does not read: save it from Excel as .xlsx (or .csv) and load that.");
            }

            return;
        }

        var files = zip.Entries.Where(e => e.Name.Length > 0).ToList();
        var named = files.Take(Named).Select(e => string.Create(CultureInfo.InvariantCulture, $"'{e.FullName}' ({Size(e.Length)})"));
        var more = files.Count > Named ? $" and {files.Count - Named:N0} more" : string.Empty;
        var holds = files.Count == 0 ? "nothing" : string.Join(", ", named) + more;
        throw new NotXlsxWorkbookException(
            $"a zip archive, not an Excel workbook: it holds {holds}. `load` and `run` read the files of an archive; here, unzip it and read them one by one.");
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
