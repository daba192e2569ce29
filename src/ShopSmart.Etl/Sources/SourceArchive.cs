using System.IO.Compression;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A zip archive of data files — the UCI download as it comes (<c>online+retail.zip</c>, holding
/// <c>Online Retail.xlsx</c>), monthly exports zipped together — loaded as the files it holds, in name order: each
/// is copied out to a temporary file, loaded as any file is, and deleted. A file is known by the archive's path and its
/// name inside it (<c>…/online+retail.zip/Online Retail.xlsx</c>) in messages and the batch's record, and by its own
/// content as a batch: the same workbook loaded from the archive and on its own is one batch. An Office or OpenDocument
/// file (an xlsx, an ods: zips too) is no archive here.
/// </summary>
public sealed class SourceArchive : IDisposable
{
    private readonly ZipArchive _zip;

    private SourceArchive(string path, ZipArchive zip)
    {
        Path = path;
        _zip = zip;
        var files = zip.Entries
            .Where(e => e.Name.Length > 0 && !e.FullName.Split('/', '\\').Any(SourcePaths.IsHidden))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        Members = [.. files.Where(e => SourcePaths.IsArchivedDataFile(e.Name))];
        PassedOver = [.. files.Where(e => !SourcePaths.IsArchivedDataFile(e.Name)).Select(e => e.FullName)];
    }

    public string Path { get; }

    /// <summary>The data files (.csv, .csv.gz, .xlsx, .xls by their names), in name order.</summary>
    public IReadOnlyList<ZipArchiveEntry> Members { get; }

    /// <summary>The other files it holds, not read (as a folder's are); hidden ones (<see cref="SourcePaths.IsHidden"/>) are not even named.</summary>
    public IReadOnlyList<string> PassedOver { get; }

    /// <summary>The archive at <paramref name="path"/>, or null when the file is not a zip of files (an xlsx, a csv, a damaged zip).</summary>
    public static SourceArchive? TryOpen(string path)
    {
        ZipArchive? zip = null;
        try
        {
            if (!StartsAsZip(path))
            {
                return null;
            }

            // The zip's directory is read when first used: a damaged one throws here, inside the try, not later.
            zip = ZipFile.OpenRead(path);
            if (NotXlsxWorkbookException.IsOfficePackage(zip) || NotXlsxWorkbookException.IsOpenDocument(zip))
            {
                zip.Dispose();
                return null;
            }

            return new SourceArchive(System.IO.Path.GetFullPath(path), zip);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            zip?.Dispose();
            return null; // unreadable, cut off or damaged: reading it as a file says what is wrong
        }
    }

    /// <summary>How a member is named: the archive's path, then its name inside it.</summary>
    public string Shown(ZipArchiveEntry member) =>
        Path + System.IO.Path.DirectorySeparatorChar + member.FullName.Replace('/', System.IO.Path.DirectorySeparatorChar);

    /// <summary>How the console names a member: the archive's name, then the member's name inside it.</summary>
    public string ShortName(ZipArchiveEntry member) => $"{System.IO.Path.GetFileName(Path)}/{member.FullName}";

    /// <summary>Copies a member out to a temporary file, deleted when the copy is disposed.</summary>
    public Copy Extract(ZipArchiveEntry member)
    {
        // The temporary name is the process's own, never the member's: a name inside an archive may climb out of the
        // folder it is extracted to ("../x").
        var shown = Shown(member);
        var folder = OpenCopyFolder(shown);
        RemoveAbandonedCopies(folder);
        var free = new DriveInfo(folder).AvailableFreeSpace;
        if (member.Length > free)
        {
            throw new SourceFileException(shown,
                $"copying it out of the zip archive needs {member.Length:N0} bytes in {folder}, where {free:N0} are free: " +
                "point TMPDIR (TEMP on Windows) at a larger disk, or unzip the archive where there is room and load its files.");
        }

        var copy = new Copy(System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}{Extension(member.Name)}"));
        try
        {
            // .NET does not check a member's CRC-32 as it inflates it: a damaged member would load as a shorter or altered
            // file. The copy is checked against the archive's record of its length and CRC, as unzip -t does.
            var crc = new System.IO.Hashing.Crc32();
            var length = 0L;
            var buffer = new byte[1 << 16];
            using (var source = member.Open())
            using (var target = CreateCopy(copy.Path, shown))
            {
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    crc.Append(buffer.AsSpan(0, read));
                    length += read;
                    if (length > member.Length)
                    {
                        // More than the archive says it holds (a damaged or forged record): stopped before it fills the disk.
                        throw new InvalidDataException($"more than the {member.Length:N0} bytes the archive records");
                    }

                    target.Write(buffer, 0, read);
                }
            }

            var found = crc.GetCurrentHashAsUInt32();
            if (length != member.Length || found != member.Crc32)
            {
                throw new InvalidDataException(
                    $"{length:N0} bytes with CRC-32 {found:x8} read, where the archive records {member.Length:N0} bytes with CRC-32 {member.Crc32:x8}");
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
        {
            copy.Dispose();
            throw new SourceFileException(shown, $"the file cannot be read out of the zip archive (damaged, or encrypted?): {ex.Message.TrimEnd('.')}. Nothing was loaded from it.", inner: ex);
        }
        catch
        {
            copy.Dispose();
            throw;
        }

        return copy;
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>
    /// Where members are copied out to: a folder of the system's temporary folder, the ETL's and this user's alone
    /// (readable by no one else on Unix: the copies hold customer data).
    /// </summary>
    public static string CopyFolder =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"shopsmart-etl-archives-{Environment.UserName}");

    /// <summary>How old a copy is before a later load takes it for one a killed run left behind.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static string OpenCopyFolder(string shown)
    {
        var folder = CopyFolder;
        try
        {
            var created = OperatingSystem.IsWindows() ? Directory.CreateDirectory(folder) : Directory.CreateDirectory(folder, OwnerOnly);
            // A link planted in the shared temporary folder would send the copies, and the removal of old ones, elsewhere.
            if (created.LinkTarget is not null)
            {
                throw new IOException($"{folder} is a link, not a folder of its own");
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(created.FullName, OwnerOnly); // made earlier, by another version or by hand
            }

            return created.FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CannotCopy(shown, folder, ex);
        }
    }

    private static FileStream CreateCopy(string path, string shown)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(path, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CannotCopy(shown, System.IO.Path.GetDirectoryName(path)!, ex);
        }
    }

    private static SourceFileException CannotCopy(string shown, string folder, Exception ex) =>
        new(shown, $"it cannot be copied out of the zip archive into {folder} ({ex.Message.TrimEnd('.')}): point TMPDIR (TEMP on Windows) at a folder you can write, or unzip the archive and load its files.", inner: ex);

    /// <summary>
    /// A run killed while it loaded an archive (kill -9, a power cut) leaves its copy behind; the next load of an
    /// archive removes such copies once older than a day, which no run still loading can own. Only the copies' own
    /// names are touched.
    /// </summary>
    private static void RemoveAbandonedCopies(string folder)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
        {
            if (IsCopyName(file.Name) && DateTime.UtcNow - file.LastWriteTimeUtc > AbandonedAfter)
            {
                new Copy(file.FullName).Dispose();
            }
        }
    }

    /// <summary>A copy's name: 32 hexadecimal digits (a GUID), then the member's extension.</summary>
    private static bool IsCopyName(string name) =>
        name.Length > 32 && name[32] == '.' && !name.AsSpan(0, 32).ContainsAnyExcept("0123456789abcdef");

    private static string Extension(string name) =>
        name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) ? ".csv.gz" : System.IO.Path.GetExtension(name).ToLowerInvariant();

    private static bool StartsAsZip(string path)
    {
        Span<byte> head = stackalloc byte[2];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 2 && head[0] == 0x50 && head[1] == 0x4B;
    }

    /// <summary>A member copied out to a temporary file.</summary>
    public sealed class Copy(string path) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose()
        {
            try
            {
                File.Delete(Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left in the temporary folder, which the system clears: never a reason to fail a load.
            }
        }
    }
}
