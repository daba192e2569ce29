using ShopSmart.Core.Runs;

namespace ShopSmart.ExcelExport.Commands;

/// <summary>
/// Writes a file so that a reader never sees half of it: the content goes to a hidden file beside the target, which
/// then replaces the target in one rename (atomic on the same volume). A failed write leaves the old file as it was.
/// </summary>
public static class AtomicFile
{
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

        // Same folder (so the rename stays on one volume) and the same extension (ClosedXML saves .xlsx names only).
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
}
