using ShopSmart.Core.Files;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Files;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_previous_file_whole_and_no_temporary_file()
    {
        // Given a report already written
        using var folder = new TempDirectory();
        var path = folder.File("report.html");
        AtomicFile.Write(path, s => s.Write("old"u8));

        // When the next write fails half-way
        Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("new, half"u8);
            throw new IOException("disk full");
        }));

        // Then the old file is intact and nothing else is left in the folder
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}
