using ClosedXML.Excel;
using Dapper;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Hosting;
using ShopSmart.ExcelExport.Commands;
using ShopSmart.Tests.Mart;
using ShopSmart.Tests.Support;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// A warehouse loaded with the bundled sample through the real ETL, a modelling run written into the ml tables
/// (<see cref="ModelRunSeed"/>), and the workbook exported from it. Shared by the
/// test classes of the "sample workbook" collection; they only read it.
/// </summary>
public sealed class WorkbookFixture : IDisposable
{
    public static readonly DateOnly RunDate = new(2026, 11, 25);

    private readonly DuckDbWarehouse _warehouse = new();

    public WorkbookFixture()
    {
        var load = CliRunner.Etl("load", TestData.SamplePath, "--duckdb", _warehouse.Engine.DatabasePath);
        if (load.ExitCode != 0)
        {
            throw new InvalidOperationException($"The sample did not load: {load.Output}");
        }

        ModelRunSeed.Write(_warehouse);
        Result = Export(_warehouse, _warehouse.File("out"));
    }

    public ExportResult Result { get; }

    public string Path => Result.Path;

    public DuckDbWarehouse Warehouse => _warehouse;

    /// <summary>Exports a workbook of <paramref name="warehouse"/> into <paramref name="folder"/> as <c>shopsmart run</c> would.</summary>
    public static ExportResult Export(DuckDbWarehouse warehouse, string folder, Action<ExportOptions>? configure = null)
    {
        var options = new ExportOptions { OutputPath = folder + System.IO.Path.DirectorySeparatorChar, RunDate = RunDate };
        configure?.Invoke(options);
        var context = new RunContext(warehouse.Engine, new ConfigurationBuilder().Build(), new TestConsole().Width(200), null);
        return WorkbookJob.Export(context, options);
    }

    /// <summary>The workbook reopened from disk, as a user opens it.</summary>
    public XLWorkbook Open() => new(Path);

    public IReadOnlyList<ViewRow> Query(string sql)
    {
        using var connection = _warehouse.Open();
        return connection.Query(sql).Select(r => new ViewRow((IDictionary<string, object?>)r)).ToList();
    }

    public void Dispose() => _warehouse.Dispose();
}
