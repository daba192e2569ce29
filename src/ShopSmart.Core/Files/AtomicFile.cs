using ShopSmart.Core.Runs;

namespace ShopSmart.Core.Files;

/// <summary>
/// Writes a file whole or not at all: the content goes to a hidden file beside the target, which then replaces the
/// target in one rename (atomic on the same volume), so a reader — Excel, a browser, a file share, the next run —
/// never sees half of it. A failed write leaves the old file as it was. Shared by the workbook and the report.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes through a library that saves to a path; the temporary file keeps the target's extension (ClosedXML saves .xlsx names only).</summary>
    public static void Write(string path, Action<string> writeTo)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"Cannot create the output folder {folder}: {ex.Message}", ex);
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(path)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(path)}");
        try
        {
            writeTo(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new BadInputException($"Cannot write {path}: {ex.Message}", ex);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes through a stream, flushed to disk before the rename.</summary>
    public static void Write(string path, Action<Stream> write) =>
        Write(path, temporary =>
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            write(stream);
            stream.Flush(flushToDisk: true);
        });
}
