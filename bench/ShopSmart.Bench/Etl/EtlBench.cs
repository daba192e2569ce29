using System.Diagnostics;
using System.Globalization;
using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Bench.Etl;

/// <summary>
/// The ETL and view measurements, best and median of N runs in one process: <c>parse</c> (read + parse + row rules,
/// no database), <c>load</c> (the whole ETL into a fresh, migrated DuckDB file per run), <c>views</c> (every mart
/// view read in full over a loaded warehouse).
/// </summary>
internal static class EtlBench
{
    public static int Run(string mode, Arguments args)
    {
        var path = args.Required(1, "a data file or a DuckDB file");
        var runs = args.Positional.Count > 2 ? int.Parse(args.Positional[2], CultureInfo.InvariantCulture) : 3;
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {mode} {Path.GetFileName(path)}, {runs} run(s)");
        switch (mode)
        {
            case "parse":
                Report("read + parse + row rules", runs, () => () => Parse(path));
                break;
            case "load":
                Report("read + clean + load (DuckDB, migrated empty warehouse)", runs, () => Load(path));
                break;
            default:
                Views(path, runs);
                break;
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MiB");
        return 0;
    }

    public static long Parse(string path)
    {
        var file = SourceFile.Inspect(path);
        var sink = new CountingSink(new LineClassifier(new CleaningOptions()));
        SourceReader.Read(file, sink);
        return sink.Rows;
    }

    private static Func<long> Load(string path)
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
                var outcome = new BatchLoader(engine, new CleaningOptions()).Load(SourceFile.Inspect(path), force: false, jobRunId: null);
                foreach (var step in outcome.StepTimings.Where(s => s.Elapsed.TotalSeconds >= 0.05))
                {
                    Console.WriteLine($"    {step.Step,-28} {step.Elapsed.TotalSeconds,7:0.000} s");
                }

                return outcome.RowsRead;
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        };
    }

    private static void Views(string database, int runs)
    {
        var engine = new DuckDbEngine(database);
        using var connection = engine.OpenConnection();
        foreach (var view in MartViews(connection))
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

    public static IReadOnlyList<string> MartViews(System.Data.IDbConnection connection) =>
        connection.Query<string>("SELECT table_name FROM information_schema.views WHERE table_schema = 'mart' ORDER BY 1").ToList();

    private static void Report(string what, int runs, Func<Func<long>> prepare)
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
}
