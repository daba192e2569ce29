using ShopSmart.Core.Engines;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Sections;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

/// <summary>
/// The bundled sample (data/online_retail_sample.csv.gz) loaded once through the ETL into a DuckDB warehouse, for
/// the report tests. Tests that add model outputs work on a copy (<see cref="Copy"/>), never on this one.
/// </summary>
public sealed class SampleWarehouse : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();
    private readonly Lazy<ReportData> _data;

    public SampleWarehouse()
    {
        var load = CliRunner.Etl("load", TestData.SamplePath, "--duckdb", _warehouse.Engine.DatabasePath);
        if (load.ExitCode != 0)
        {
            throw new InvalidOperationException($"Loading the sample failed: {load.Output}");
        }

        _data = new(() => WarehouseReader.Read(Engine));
    }

    public DuckDbEngine Engine => _warehouse.Engine;

    /// <summary>What the report reads from the sample (read once).</summary>
    public ReportData Data => _data.Value;

    public ReportDocument Document(TextCulture culture) => ReportBuilder.Build(Data, culture, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A copy of the loaded warehouse file in <paramref name="folder"/>, for a test to change.</summary>
    public DuckDbEngine Copy(TempDirectory folder)
    {
        var path = folder.File("copy.duckdb");
        File.Copy(Engine.DatabasePath, path);
        return new DuckDbEngine(path);
    }

    public void Dispose() => _warehouse.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleWarehouseCollection : ICollectionFixture<SampleWarehouse>
{
    public const string Name = "sample warehouse";
}
