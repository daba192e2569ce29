using System.Diagnostics;
using ShopSmart.Core.Files;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Renderers;
using ShopSmart.Reporting.Sections;
using Spectre.Console;

namespace ShopSmart.Reporting.Commands;

/// <summary>
/// Writes the analysis report from the warehouse: reads the views and ml tables, composes the document (texts and
/// charts) once, then writes it in each format, every file atomically. Shared by <c>shopsmart-report report</c> and
/// the end of the main <c>shopsmart run</c> job.
/// </summary>
public static class ReportJob
{
    // Processor time of the whole process (all threads, DuckDB's included): on a shared machine the honest measure
    // of the work, next to the wall-clock time.
    private static TimeSpan CpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Throws <see cref="BadInputException"/> for an unknown culture or format, naming it.</summary>
    public static void Validate(ReportOptions options)
    {
        TextCulture.Parse(options.Culture);
        Renderers(options.Formats);
    }

    public static ReportResult Write(RunContext context, ReportOptions options, TimeProvider? clock = null) =>
        WriteEach(context, options, [options.Culture], clock)[0];

    /// <summary>
    /// Writes the report once per culture from one reading of the warehouse (the main job writes English and French),
    /// the cultures side by side: each composes its own document and files from the same data, and on two cores the
    /// second culture's text and files no longer wait for the first's (full UCI: ~1 s of the job). The first result
    /// carries the reading time; the console lines come in culture order.
    /// </summary>
    public static IReadOnlyList<ReportResult> WriteEach(
        RunContext context, ReportOptions options, IReadOnlyList<string> cultureNames, TimeProvider? clock = null)
    {
        var cultures = cultureNames.Select(TextCulture.Parse).ToList();
        var renderers = Renderers(options.Formats);
        MigrationGuard.EnsureMigrated(context);

        var cpuBefore = CpuTime();
        var watch = Stopwatch.StartNew();
        var data = WarehouseReader.Read(context.Engine);
        var reading = watch.Elapsed;
        var readingCpu = CpuTime() - cpuBefore;

        var generatedAt = (clock ?? TimeProvider.System).GetUtcNow();
        var results = new ReportResult[cultures.Count];
        InParallel(cultures.Count, i =>
        {
            var culture = cultures[i];
            var phase = Stopwatch.StartNew();
            var document = ReportBuilder.Build(data, culture, generatedAt);
            var composing = phase.Elapsed;

            phase.Restart();
            var files = new List<string>();
            foreach (var renderer in renderers)
            {
                var path = Path.GetFullPath(Path.Combine(options.OutputFolder, $"{options.FileName}.{culture.Name}{renderer.FileExtension}"));
                AtomicFile.Write(path, stream => renderer.Write(document, stream));
                files.Add(path);
            }

            results[i] = new ReportResult(files, i == 0 ? reading : TimeSpan.Zero, composing, phase.Elapsed);
        });

        context.Console.MarkupLineInterpolated($"Report read from the warehouse in {reading.TotalSeconds:0.00} s ({readingCpu.TotalSeconds:0.00} s CPU)");
        for (var i = 0; i < cultures.Count; i++)
        {
            var result = results[i];
            context.Console.MarkupLineInterpolated(
                $"[green]Report written[/] ({cultures[i].Name}): charts and text {result.Composing.TotalSeconds:0.00} s, files {result.Writing.TotalSeconds:0.00} s");
            foreach (var file in result.Files)
            {
                context.Console.MarkupLineInterpolated($"  {file}");
            }
        }

        return results;
    }

    /// <summary>Runs body(0..count−1) on up to two threads; the first failure is rethrown as itself.</summary>
    private static void InParallel(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static List<IReportRenderer> Renderers(IEnumerable<string> formats)
    {
        var chosen = formats.ToList();
        var renderers = new List<IReportRenderer>();
        foreach (var format in (chosen.Count > 0 ? chosen : ReportOptions.AllFormats).Select(f => f.Trim().TrimStart('.').ToLowerInvariant()).Distinct())
        {
            renderers.Add(format switch
            {
                "html" => new HtmlRenderer(),
                "ipynb" => new NotebookRenderer(),
                "docx" => new DocxRenderer(),
                _ => throw new BadInputException($"Report format '{format}' is not supported; use {string.Join(", ", ReportOptions.AllFormats)}."),
            });
        }

        return renderers;
    }
}
