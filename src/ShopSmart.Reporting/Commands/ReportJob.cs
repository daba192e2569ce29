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

    private static string Cpu(List<TimeSpan> marks, int phase) => $"{(marks[phase] - marks[phase - 1]).TotalSeconds:0.00} s";

    /// <summary>Throws <see cref="BadInputException"/> for an unknown culture or format, naming it.</summary>
    public static void Validate(ReportOptions options)
    {
        TextCulture.Parse(options.Culture);
        Renderers(options.Formats);
    }

    public static ReportResult Write(RunContext context, ReportOptions options, TimeProvider? clock = null) =>
        WriteEach(context, options, [options.Culture], clock)[0];

    /// <summary>
    /// Writes the report once per culture from one reading of the warehouse (the main job writes English and French);
    /// the first result carries the reading time.
    /// </summary>
    public static IReadOnlyList<ReportResult> WriteEach(
        RunContext context, ReportOptions options, IReadOnlyList<string> cultureNames, TimeProvider? clock = null)
    {
        var cultures = cultureNames.Select(TextCulture.Parse).ToList();
        var renderers = Renderers(options.Formats);
        MigrationGuard.EnsureMigrated(context);

        var cpu = new List<TimeSpan> { CpuTime() };
        var watch = Stopwatch.StartNew();
        var data = WarehouseReader.Read(context.Engine);
        var reading = watch.Elapsed;
        cpu.Add(CpuTime());

        var results = new List<ReportResult>();
        foreach (var culture in cultures)
        {
            watch.Restart();
            var document = ReportBuilder.Build(data, culture, (clock ?? TimeProvider.System).GetUtcNow());
            var composing = watch.Elapsed;
            cpu.Add(CpuTime());

            watch.Restart();
            var files = new List<string>();
            foreach (var renderer in renderers)
            {
                var path = Path.GetFullPath(Path.Combine(options.OutputFolder, $"{options.FileName}.{culture.Name}{renderer.FileExtension}"));
                AtomicFile.Write(path, stream => renderer.Write(document, stream));
                files.Add(path);
            }

            var result = new ReportResult(files, results.Count == 0 ? reading : TimeSpan.Zero, composing, watch.Elapsed);
            cpu.Add(CpuTime());
            var n = cpu.Count - 1;
            context.Console.MarkupLineInterpolated(
                $"[green]Report written[/] ({culture.Name}) in {result.Total.TotalSeconds:0.00} s: read {result.Reading.TotalSeconds:0.00} s ({(results.Count == 0 ? Cpu(cpu, 1) : "0.00 s")} CPU), charts and text {composing.TotalSeconds:0.00} s ({Cpu(cpu, n - 1)} CPU), files {result.Writing.TotalSeconds:0.00} s ({Cpu(cpu, n)} CPU)");
            foreach (var file in files)
            {
                context.Console.MarkupLineInterpolated($"  {file}");
            }

            results.Add(result);
        }

        return results;
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
