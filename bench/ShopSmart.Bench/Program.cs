using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Migrations;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Sources;
using ShopSmart.ExcelExport.Commands;

// shopsmart-bench parse <file> [runs]   read + parse + row rules only (no database)
// shopsmart-bench load <file> [runs]    the whole ETL into a fresh DuckDB file per run
// shopsmart-bench views <duckdb> [runs] every mart view over a loaded warehouse, timed in full
// shopsmart-bench export <duckdb> [runs] the marketing workbook (WorkbookJob.Export) of a loaded warehouse, by step
// shopsmart-bench synth <out.csv.gz> [lines] [seed]  writes a deterministic synthetic file (default 1,000,000 lines, seed 42)
// Each run is a fresh measurement; the best and median are printed, with this process's peak working set.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: shopsmart-bench parse|load|views|export <path> [runs] | synth <out.csv.gz> [lines] [seed]");
    return 2;
}

var mode = args[0];
var path = args[1];
if (mode == "synth")
{
    var lines = args.Length > 2 ? long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 42;
    Console.WriteLine($"wrote {ShopSmart.Bench.SyntheticFile.Write(path, lines, seed):N0} lines to {path} (seed {seed})");
    return 0;
}

var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {mode} {Path.GetFileName(path)}, {runs} run(s)");

switch (mode)
{
    case "parse":
        Report("read + parse + row rules", runs, () => () => Parse(path));
        break;
    case "load":
        Report("read + clean + load (DuckDB, migrated empty warehouse)", runs, () => Load(path));
        break;
    case "views":
        Views(path, runs);
        break;
    case "export":
        Export(path, runs);
        break;
    default:
        Console.Error.WriteLine($"unknown mode {mode}");
        return 2;
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MiB");
return 0;

static long Parse(string path)
{
    var file = SourceFile.Inspect(path);
    var sink = new CountingSink(new LineClassifier(new CleaningOptions()));
    SourceReader.Read(file, sink);
    return sink.Rows;
}

static Func<long> Load(string path)
{
    // The warehouse is created and migrated before the clock starts: the figure is the load alone.
    var folder = Directory.CreateTempSubdirectory("shopsmart-bench");
    var engine = new DuckDbEngine(Path.Combine(folder.FullName, "bench.duckdb"));
    if (!new MigrationRunner(engine).Migrate().Successful)
    {
        throw new InvalidOperationException("migration failed");
    }

    return () =>
    {
        try
        {
            return LoadInto(engine, path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    };
}

static long LoadInto(DuckDbEngine engine, string path)
{
    var outcome = new BatchLoader(engine, new CleaningOptions()).Load(SourceFile.Inspect(path), force: false, jobRunId: null);
    foreach (var step in outcome.StepTimings.Where(s => s.Elapsed.TotalSeconds >= 0.05))
    {
        Console.WriteLine($"    {step.Step,-28} {step.Elapsed.TotalSeconds,7:0.000} s");
    }

    return outcome.RowsRead;
}

static void Views(string database, int runs)
{
    var engine = new DuckDbEngine(database);
    using var connection = engine.OpenConnection();
    var views = connection.Query<string>("SELECT table_name FROM information_schema.views WHERE table_schema = 'mart' ORDER BY 1").ToList();
    foreach (var view in views)
    {
        var times = new List<double>();
        long rows = 0;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = connection.Query($"SELECT * FROM mart.{view}").LongCount();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine($"  mart.{view,-26} {rows,8:N0} rows  best {times[0],6:0.000} s  median {times[times.Count / 2],6:0.000} s");
    }
}

static void Export(string database, int runs)
{
    // Each run writes a new workbook from the same warehouse; run 1 pays the JIT of ClosedXML and the Open XML SDK.
    var folder = Directory.CreateTempSubdirectory("shopsmart-bench-export");
    var context = new RunContext(new DuckDbEngine(database), new ConfigurationBuilder().Build(), Spectre.Console.AnsiConsole.Console, null);
    try
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var result = WorkbookJob.Export(context, new ExportOptions { OutputPath = Path.Combine(folder.FullName, $"run{i + 1}.xlsx") });
            times.Add(result.Elapsed.TotalSeconds);
            Console.WriteLine($"  run {i + 1}: {result.Elapsed.TotalSeconds:0.000} s, {result.Bytes / 1024.0:N0} KiB, " +
                string.Join(", ", result.StepTimings.Where(s => s.Elapsed.TotalSeconds >= 0.05).Select(s => $"{s.Step} {s.Elapsed.TotalSeconds:0.00}")));
        }

        times.Sort();
        Console.WriteLine($"export: best {times[0]:0.000} s, median {times[times.Count / 2]:0.000} s");
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}

static void Report(string what, int runs, Func<Func<long>> prepare)
{
    var results = new List<(double Seconds, long Rows)>();
    for (var i = 0; i < runs; i++)
    {
        var work = prepare();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var rows = work();
        results.Add((clock.Elapsed.TotalSeconds, rows));
        Console.WriteLine($"  run {i + 1}: {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.000} s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s");
    }

    var sorted = results.OrderBy(r => r.Seconds).ToList();
    var median = sorted[sorted.Count / 2];
    Console.WriteLine($"{what}: best {sorted[0].Rows / sorted[0].Seconds:N0} rows/s, median {median.Rows / median.Seconds:N0} rows/s");
}

/// <summary>Counts what a reader produces, applying the row rules, without storing anything.</summary>
internal sealed class CountingSink(LineClassifier classifier) : ISourceSink
{
    public long Rows { get; private set; }

    public void Line(SourceLine line)
    {
        classifier.Classify(line);
        Rows++;
    }

    public void Reject(RejectedLine rejected) => Rows++;
}
