using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Build;

/// <summary>A skipped full-data test names the folder it looked in as a plain full path, without "..".</summary>
public sealed class TestDataPathTests
{
    [Fact]
    public void The_full_data_path_in_skip_reasons_is_normalised()
    {
        Assert.True(Path.IsPathFullyQualified(TestData.FullCsv));
        Assert.DoesNotContain($"{Path.DirectorySeparatorChar}..{Path.DirectorySeparatorChar}", TestData.FullCsv);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(RepoPaths.Root)!, "shared", "datasets", "online_retail.csv.gz"), TestData.FullCsv);
    }
}
