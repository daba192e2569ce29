using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

public sealed class SourcePathsTests
{
    [Fact]
    public void A_file_named_twice_or_named_and_inside_a_folder_named_too_is_loaded_once()
    {
        using var folder = new TempDirectory();
        var december = TestData.WriteCsv(folder.File("december.csv"), [TestData.OnlineRetailHeader]);
        var january = TestData.WriteCsv(folder.File("january.csv"), [TestData.OnlineRetailHeader]);

        var files = SourcePaths.Expand([december, Path.Combine(folder.Path, ".", "december.csv"), folder.Path, january]);

        Assert.Equal([december, january], files);
    }

    [Fact]
    public void A_subfolder_is_named_as_not_read_unless_it_is_named_too()
    {
        using var folder = new TempDirectory();
        TestData.WriteCsv(folder.File("december.csv"), [TestData.OnlineRetailHeader]);
        var sub = Directory.CreateDirectory(folder.File("2011")).FullName;
        var january = TestData.WriteCsv(Path.Combine(sub, "january.csv"), [TestData.OnlineRetailHeader]);

        SourcePaths.Expand([folder.Path], out var alone);
        var files = SourcePaths.Expand([folder.Path, sub, folder.Path], out var both);

        Assert.Equal([sub + Path.DirectorySeparatorChar], alone);
        Assert.Empty(both);
        Assert.Equal([folder.File("december.csv"), january], files);
    }
}
