using System.Data.Common;
using Dapper;
using ShopSmart.Bench.Etl;
using ShopSmart.Bench.Measure;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using ShopSmart.Core.Texts;
using ShopSmart.Etl.Commands;
using ShopSmart.ExcelExport.Commands;
using ShopSmart.Modeling.Commands;
using ShopSmart.Modeling.Pipeline;
using ShopSmart.Reporting.Commands;
using Spectre.Console;

namespace ShopSmart.Bench.Job;

/// <summary>
/// <c>stages INPUT... --warehouse FILE --out FIGURES.json</c>: the main job in this process (migrate, load, views, model,
/// workbook, report), stage by stage, as
/// <c>shopsmart run</c> chains them (migrate, load, model, then the exports), plus the BI read of every mart view
/// after the load; each stage timed and its memory watched. Run by <c>job</c> and <c>compare</c> in a child process
/// under /usr/bin/time, so that the OS's whole-process figures and these stage figures describe the same run.
/// </summary>
internal static class JobStages
{
    public static int Run(Arguments args)
    {
        var inputs = args.Positional.Skip(1).ToArray();
        if (inputs.Length == 0)
        {
            throw new UsageException("stages: give the data file(s) to load");
        }

        var warehouse = args.Text("warehouse") ?? throw new UsageException("stages: --warehouse FILE is required");
        var output = args.Text("out") ?? throw new UsageException("stages: --out FIGURES.json is required");

        // The app's own configuration (appsettings, SHOPSMART_* variables), with the warehouse given here.
        var configuration = ShopSmartConfiguration.Build(new Dictionary<string, string?>
        {
            ["ShopSmart:Engine"] = "DuckDb",
            ["ShopSmart:DuckDbPath"] = warehouse,
            [WarehouseOptions.DuckDbMemoryLimitSetting] = args.Text("memory-limit"),
        });
        var engine = WarehouseEngine.Create(ShopSmartConfiguration.BindWarehouse(configuration));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        var context = new RunContext(engine, configuration, console, null);

        using var recorder = new StageRecorder();
        recorder.Time("migrate", () => MigrateCommand.Migrate(context));
        var outcomes = recorder.Time("load", () => EtlJob.Load(context, inputs, force: false, null, CancellationToken.None, showTimings: true));
        var (customers, products) = Count(engine);
        recorder.Time("views", () => ReadViews(engine));

        // Between stages as `shopsmart run` does (StageMemory), outside the stages' clocks.
        StageMemory.Release();
        var timeline = new ModelingTimeline(recorder, console);
        var modelMark = recorder.Start();
        var result = ModelingPipeline.Run(engine, ModelingJob.WithModelFolder(ModelingJob.BindOptions(configuration), engine), null, timeline);
        ModelingJob.Render(console, result);
        recorder.Stages.Add(modelMark.Figure("model"));
        recorder.Details.AddRange(timeline.Details(result));

        // The workbook and the report (English and French), beside the warehouse, as `shopsmart run` writes them.
        var outputs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehouse))!, "outputs");
        StageMemory.Release();
        recorder.Time("workbook", () => WorkbookJob.Export(context, new ExportOptions { OutputPath = outputs + Path.DirectorySeparatorChar }));
        StageMemory.Release();
        recorder.Time("report", () => ReportJob.WriteEach(
            context, new ReportOptions { OutputFolder = Path.Combine(outputs, "report") }, TextCulture.All.Select(c => c.Name).ToList()));

        foreach (var outcome in outcomes)
        {
            recorder.Details.AddRange(outcome.StepTimings.Where(s => s.Elapsed.TotalSeconds >= 0.05)
                .Select(s => new StageFigure("load." + s.Step, s.Elapsed.TotalSeconds, 0, 0, 0)));
        }

        new RunFigures
        {
            Tool = "shopsmart",
            Lines = outcomes.Sum(o => o.RowsRead),
            Customers = customers,
            Products = products,
            Stages = recorder.Stages,
            Details = recorder.Details,
        }.Save(output);
        return 0;
    }

    private static (long Customers, long Products) Count(WarehouseEngine engine)
    {
        using var connection = engine.OpenConnection();
        return (
            connection.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_customer WHERE NOT is_unknown"),
            connection.ExecuteScalar<long>("SELECT count(*) FROM dw.dim_product"));
    }

    /// <summary>Every mart view read to the last row and column, as a BI tool refreshing its model would.</summary>
    private static void ReadViews(WarehouseEngine engine)
    {
        using var connection = engine.OpenConnection();
        foreach (var view in EtlBench.MartViews(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM mart.{view}";
            using DbDataReader reader = command.ExecuteReader();
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
            }
        }
    }
}
