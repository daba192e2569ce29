using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Reporting;
using ShopSmart.Etl.Sources;
using Spectre.Console;

namespace ShopSmart.Etl.Commands;

/// <summary>
/// Loads a set of files, one batch each, and reports them. Shared by <c>shopsmart-etl load</c> and the main
/// <c>shopsmart run</c> job. A bad file does not stop the others; the run fails at the end if any did.
/// </summary>
public static class EtlJob
{
    public static IReadOnlyList<BatchOutcome> Load(
        RunContext context, IEnumerable<string> paths, bool force, CleaningOptions? overrides, CancellationToken cancellationToken,
        bool showTimings = false, SourceOptions? sourceOverrides = null)
    {
        var options = overrides ?? BindCleaning(context.Configuration);
        var source = (sourceOverrides ?? BindSource(context.Configuration)).Validate();
        var loader = new BatchLoader(context.Engine, options, source);
        var report = new DataQualityReport(context.Engine);
        var outcomes = new List<BatchOutcome>();
        var failures = new List<(Exception Error, string File)>();
        var files = SourcePaths.Expand(paths, out var passedOver);
        if (passedOver.Count > 0)
        {
            context.Console.MarkupLineInterpolated($"[yellow]Not read:[/] {SourcePaths.NotRead(passedOver)}.");
        }

        // A zip archive stands for the data files it holds; they are listed before loading, so the counts agree.
        var named = SourcePaths.Named(paths);
        var archives = new List<SourceArchive>();
        try
        {
            var units = new List<(string Shown, Action Load)>();
            foreach (var path in files)
            {
                var archive = SourceArchive.TryOpen(path);
                if (archive is null)
                {
                    units.Add((path, () => LoadFile(SourceFile.Inspect(path))));
                    continue;
                }

                archives.Add(archive);
                if (archive.Members.Count == 0)
                {
                    var nothing = $"a zip archive holding no {SourcePaths.DataFiles} file";
                    if (named.Contains(archive.Path))
                    {
                        units.Add((archive.Path, () => throw new SourceFileException(archive.Path, $"{nothing}.")));
                    }
                    else
                    {
                        // A zip beside the data in a folder (a backup, documents) is passed over, as a .txt there is.
                        context.Console.MarkupLineInterpolated($"[yellow]Not read:[/] {Path.GetFileName(archive.Path)}, {nothing}.");
                    }

                    continue;
                }

                var notRead = archive.PassedOver.Count > 0
                    ? $"; not read in it: {string.Join(", ", archive.PassedOver)}, not {SourcePaths.DataFiles}"
                    : string.Empty;
                context.Console.MarkupLineInterpolated(
                    $"[bold]{Path.GetFileName(archive.Path)}[/]: a zip archive of {archive.Members.Count:N0} data file(s), loaded in name order{notRead}");
                foreach (var member in archive.Members)
                {
                    var shown = archive.Shown(member);
                    units.Add((shown, () =>
                    {
                        using var copy = archive.Extract(member);
                        LoadFile(SourceFile.Inspect(copy.Path, shown) with { Name = archive.ShortName(member) });
                    }));
                }
            }

            context.Console.MarkupLineInterpolated($"Loading {units.Count} file(s) into {context.Engine.Describe()} (duplicates: {options.Duplicates})");
            foreach (var (shown, load) in units)
            {
                // A bad file does not stop the others: its error is kept for the end of the run.
                try
                {
                    load();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.Add((ex, shown));
                    context.Console.MarkupLineInterpolated($"[red]Not loaded[/] {shown}: {ex.Message}");
                }
            }

            if (failures.Count > 0)
            {
                var message = $"{failures.Count} of {units.Count} file(s) not loaded: " +
                    string.Join(" | ", failures.Select(f => f.Error.Message));
                throw failures.All(f => f.Error is BadInputException) ? new BadInputException(message) : new InvalidOperationException(message);
            }
        }
        finally
        {
            archives.ForEach(a => a.Dispose());
        }

        return outcomes;

        void LoadFile(SourceFile file)
        {
            context.Console.MarkupLineInterpolated($"[bold]{file.Name}[/]: {file.FormatName}, {file.SizeBytes:N0} bytes, sha256 {file.ContentHash[..12]}…");
            var outcome = WithProgress(context.Console, progress => loader.Load(file, force, context.JobRunId, progress, cancellationToken));
            outcomes.Add(outcome);
            if (outcome.Skipped)
            {
                context.Console.MarkupLineInterpolated(
                    $"[yellow]Already loaded[/] as batch {outcome.BatchId} (same content); nothing to do. Use --force to reload it.");
                return;
            }

            var replacing = outcome.ReplacedBatchId is { } replaced ? $", replacing batch {replaced} (--force)" : "";
            context.Console.MarkupLineInterpolated(
                $"[green]Loaded[/] batch {outcome.BatchId}: {outcome.RowsRead:N0} rows in {outcome.Elapsed.TotalSeconds:0.00} s ({outcome.RowsRead / Math.Max(outcome.Elapsed.TotalSeconds, 1e-6):N0} rows/s){replacing}");
            if (outcome.Format is not null)
            {
                context.Console.MarkupLineInterpolated($"  read {outcome.Format}");
            }

            if (source.Sheets.Count > 0 && file.Format is SourceFormat.Csv or SourceFormat.CsvGzip)
            {
                context.Console.MarkupLineInterpolated($"  (--sheet names a workbook's sheets: a CSV has none, and was read whole)");
            }

            if (outcome.RowsRead == 0)
            {
                // Loaded all the same: a day without sales exports a header alone, and its batch says it was seen.
                context.Console.MarkupLineInterpolated($"[yellow]No rows:[/] {file.Name} holds a header and no data; its batch is empty.");
            }

            WarnQuarantinedCopies(context.Console, outcome.QuarantinedCopies, "the replaced batch");

            DataQualityReport.Render(context.Console, outcome, report.Read(outcome.BatchId), file.Name);
            if (showTimings)
            {
                RenderTimings(context.Console, outcome);
            }
        }
    }

    /// <summary>Removes one batch (by id or file) and reports what went and what was refreshed.</summary>
    public static UnloadOutcome Unload(RunContext context, string target, CancellationToken cancellationToken)
    {
        context.Console.MarkupLineInterpolated($"Unloading {target} from {context.Engine.Describe()}");
        var outcome = new BatchUnloader(context.Engine, BindCleaning(context.Configuration).OutlierZScore).Unload(target, cancellationToken);
        context.Console.MarkupLineInterpolated(
            $"[green]Unloaded[/] batch {outcome.BatchId} ({outcome.SourceFile}): {outcome.RowsLoaded:N0} lines and {outcome.RowsRejected:N0} quarantined rows removed.");
        if (outcome.RefreshedBatches.Count > 0)
        {
            var count = outcome.RefreshedBatches.Count;
            context.Console.MarkupLineInterpolated(
                $"Refreshed what depended on it: {count:N0} {(count == 1 ? "batch" : "batches")} ({BatchList.Describe(outcome.RefreshedBatches)}).");
        }

        WarnQuarantinedCopies(context.Console, outcome.Quarantined, "the removed batch");
        return outcome;
    }

    /// <summary>Names the batches that quarantined copies of a batch now gone (unloaded, or replaced by --force).</summary>
    private static void WarnQuarantinedCopies(IAnsiConsole console, IReadOnlyList<UnloadOutcome.QuarantinedCopies> quarantined, string gone)
    {
        foreach (var copies in quarantined)
        {
            console.MarkupLineInterpolated(
                $"[yellow]warning:[/] batch {copies.BatchId} ({copies.SourceFile}) quarantined {copies.Lines:N0} line(s) as copies of {gone}; reload that file with --force to load them.");
        }
    }

    private static void RenderTimings(IAnsiConsole console, BatchOutcome outcome)
    {
        var table = new Table().Title("Where the time went").AddColumns("step", "seconds");
        foreach (var timing in outcome.StepTimings)
        {
            table.AddRow(timing.Step, $"{timing.Elapsed.TotalSeconds:0.000}");
        }

        console.Write(table);
    }

    /// <param name="sheetsGiven">Whether the command line names the sheets, which then replace the settings' whatever they say.</param>
    public static SourceOptions BindSource(IConfiguration configuration, bool sheetsGiven = false)
    {
        var options = new SourceOptions();
        configuration.GetSection(SourceOptions.SectionName).Bind(options);

        // One sheet written as a plain value ("Sheets": "Online Retail", or SHOPSMART_Etl__Source__Sheets) binds to no
        // list item: read it as the one sheet, not as none (every sheet).
        if (configuration[$"{SourceOptions.SectionName}:Sheets"] is { Length: > 0 } one)
        {
            // Given as a list in one place and as one value in another (appsettings.json and the environment), which
            // wins is not clear from the settings alone: refused rather than guessed.
            if (!sheetsGiven && options.Sheets.Count > 0 && !(options.Sheets.Count == 1 && SourceOptions.SameSheet(options.Sheets[0], one)))
            {
                throw new BadInputException(
                    $"Etl:Source:Sheets is set both as a list ({string.Join(", ", options.Sheets.Select(n => $"'{n}'"))}) and as one value ('{one}'), " +
                    "in two places (appsettings.json and the environment?): set it one way, or give --sheet.");
            }

            options.Sheets = [one];
        }

        return options;
    }

    /// <summary>
    /// The configured CSV format with what the command line gave on top (<c>--delimiter</c>, <c>--decimal</c>,
    /// <c>--date-order</c>, <c>--column</c>, <c>--sheet</c>, shared by <c>load</c> and <c>shopsmart run</c>), validated: a
    /// bad value is bad input. Sheets named on the command line replace the settings' list.
    /// </summary>
    public static SourceOptions BindSource(
        IConfiguration configuration, string? delimiter, string? decimalMark, string? dateOrder, IEnumerable<string>? columns = null, IReadOnlyList<string>? sheets = null)
    {
        var source = BindSource(configuration, sheetsGiven: sheets is { Count: > 0 });
        source.Delimiter = delimiter ?? source.Delimiter;
        source.Decimal = decimalMark ?? source.Decimal;
        source.DateOrder = dateOrder ?? source.DateOrder;
        ColumnNames.Override(source.Columns, columns ?? []);
        if (sheets is { Count: > 0 })
        {
            source.Sheets = [.. sheets];
        }

        return source.Validate();
    }

    public static CleaningOptions BindCleaning(IConfiguration configuration)
    {
        var options = new CleaningOptions();
        configuration.GetSection(CleaningOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>A live status line (rows, rows/s, then each SQL step) on an interactive terminal; log lines otherwise.</summary>
    private static BatchOutcome WithProgress(IAnsiConsole console, Func<ILoadProgress, BatchOutcome> load)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return load(new LogLineProgress(console));
        }

        BatchOutcome? outcome = null;
        console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading").IsIndeterminate();
                outcome = load(new StatusProgress(task));
                task.StopTask();
            });
        return outcome!;
    }

    /// <summary>For logs and schedulers: a line every 100,000 rows staged (steps are in --timings and etl.batch).</summary>
    private sealed class LogLineProgress(IAnsiConsole console) : ILoadProgress
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _nextReport = 100_000;

        public void Staged(long rows)
        {
            if (rows >= _nextReport)
            {
                console.WriteLine($"  staged {rows:N0} rows ({rows / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6):N0} rows/s)");
                _nextReport += 100_000;
            }
        }

        public void Step(string name)
        {
        }
    }

    /// <summary>For a terminal: one live line that says what the load is doing now.</summary>
    private sealed class StatusProgress(ProgressTask task) : ILoadProgress
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _rows;

        public void Staged(long rows)
        {
            _rows = rows;
            task.Description = $"staged {rows:N0} rows ({rows / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6):N0} rows/s)";
        }

        public void Step(string name)
        {
            if (!name.StartsWith("read", StringComparison.Ordinal))
            {
                task.Description = $"{_rows:N0} rows staged; {Markup.Escape(name)}";
            }
        }
    }
}
