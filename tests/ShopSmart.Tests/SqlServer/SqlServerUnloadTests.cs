using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.SqlServer;

/// <summary><c>unload</c> on a real SQL Server (a fresh database) when SHOPSMART_SQLSERVER is set; skipped otherwise.</summary>
public sealed class SqlServerUnloadTests : EngineTestBase<SqlServerTestEngine>
{
    [SkippableFact]
    public void Unloading_the_sample_by_its_file_removes_its_batch_and_lines()
    {
        using var warehouse = NewWarehouse();
        Assert.Equal(0, warehouse.Etl("load", TestData.SamplePath, "--force").ExitCode);

        var result = warehouse.Etl("unload", TestData.SamplePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, warehouse.Scalar<long>("SELECT COUNT_BIG(*) FROM etl.batch WHERE status = 'loaded'"));
        Assert.Equal(0, warehouse.Scalar<long>("SELECT COUNT_BIG(*) FROM dw.fact_sales"));
    }
}
