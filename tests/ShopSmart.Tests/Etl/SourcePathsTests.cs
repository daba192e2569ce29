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
}
