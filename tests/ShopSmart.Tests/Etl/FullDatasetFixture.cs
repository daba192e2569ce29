using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>The full UCI Online Retail loaded once from its CSV and once from its workbook, each into its own warehouse.</summary>
public sealed class FullDatasetFixture : IDisposable
{
    private readonly Lazy<(DuckDbWarehouse Warehouse, CliRunner.Result Result)> _csv;
    private readonly Lazy<(DuckDbWarehouse Warehouse, CliRunner.Result Result)> _xlsx;

    public FullDatasetFixture()
    {
        _csv = new(() => Load(TestData.FullCsv));
        _xlsx = new(() => Load(TestData.FullXlsx));
    }

    public (DuckDbWarehouse Warehouse, CliRunner.Result Result) Csv => _csv.Value;

    public (DuckDbWarehouse Warehouse, CliRunner.Result Result) Xlsx => _xlsx.Value;

    public void Dispose()
    {
        if (_csv.IsValueCreated)
        {
            _csv.Value.Warehouse.Dispose();
        }

        if (_xlsx.IsValueCreated)
        {
            _xlsx.Value.Warehouse.Dispose();
        }
    }

    private static (DuckDbWarehouse, CliRunner.Result) Load(string path)
    {
        var warehouse = new DuckDbWarehouse();
        return (warehouse, CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath));
    }
}
