using System.Globalization;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
using ShopSmart.ExcelExport.Commands;

namespace ShopSmart.Bench.Export;

/// <summary>
/// <c>export DUCKDB [runs]</c>: the marketing workbook written N times from the same loaded warehouse, each run's
/// steps printed; run 1 pays the JIT of ClosedXML and the Open XML SDK.
/// </summary>
internal static class ExportBench
{
    public static int Run(Arguments args)
    {
        var database = args.Required(1, "a loaded DuckDB file");
        var runs = args.Positional.Count > 2 ? int.Parse(args.Positional[2], CultureInfo.InvariantCulture) : 3;
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
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
