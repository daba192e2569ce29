using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// Base of every command: resolves the warehouse, records the run in etl.job_run, and is the one place that turns
/// an exception into an exit code and a single clear message (a <see cref="CommandFailedException"/>, which
/// <see cref="ShopSmartCli"/> prints on stderr).
/// </summary>
public abstract class WarehouseCommand<TSettings>(IAnsiConsole console, AppIdentity app) : Command<TSettings>
    where TSettings : WarehouseSettings
{
    protected IAnsiConsole Console { get; } = console;

    /// <summary>
    /// Work that must happen before the run can be recorded, such as creating etl.job_run itself (migrate).
    /// </summary>
    protected virtual void Prepare(RunContext context)
    {
    }

    /// <summary>
    /// As <see cref="Prepare(RunContext)"/>, with the command's settings: the place to refuse bad input before the
    /// warehouse is touched (created, migrated).
    /// </summary>
    protected virtual void Prepare(RunContext context, TSettings settings) => Prepare(context);

    protected abstract string Name { get; }

    /// <summary>
    /// False for a command that only reads: recording it in etl.job_run would need the write lock it must not take.
    /// </summary>
    protected virtual bool RecordsRun => true;

    /// <summary>
    /// True for the commands that create the warehouse when it is missing (migrate, run). Every other command refuses a
    /// warehouse that is not there rather than create an empty one, which a mistyped --duckdb path would otherwise do.
    /// </summary>
    protected virtual bool CreatesWarehouse => false;

    protected abstract int Run(RunContext context, TSettings settings, CancellationToken cancellationToken);

    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        WarehouseEngine engine;
        IConfiguration configuration;
        try
        {
            configuration = ShopSmartConfiguration.Build(settings.ToConfigurationOverrides());
            engine = WarehouseEngine.Create(ShopSmartConfiguration.BindWarehouse(configuration));
        }
        catch (ConfigurationException ex)
        {
            throw new CommandFailedException(ExitCodes.BadInput, "Configuration error", SecretMasker.Mask(ex.Message), ex);
        }

        var arguments = string.Join(' ', context.Arguments);
        var recorder = new JobRunRecorder(engine);
        JobRun? run = null;
        int exitCode;
        string? error = null;
        Exception? failure = null;
        var runContext = new RunContext(engine, configuration, Console, null);
        try
        {
            if (!CreatesWarehouse)
            {
                engine.RequireExisting();
            }

            Prepare(runContext, settings);
            run = RecordsRun ? recorder.Start(app.Name, Name, arguments) : null;
            exitCode = Run(runContext with { JobRunId = run?.JobRunId }, settings, cancellationToken);
        }
        catch (Exception ex)
        {
            (exitCode, error) = Classify(ex);
            failure = ex;
            run ??= RecordsRun && engine.Exists ? TryStart(recorder, arguments) : null; // recording would create an empty warehouse
        }

        if (run is not null)
        {
            TryFinish(recorder, run, exitCode, error);
        }

        return failure is null
            ? exitCode
            : throw new CommandFailedException(exitCode, exitCode == ExitCodes.BadInput ? "Bad input" : "Failed", SecretMasker.Mask(error), failure);
    }

    private static (int ExitCode, string Message) Classify(Exception ex) => ex switch
    {
        BadInputException or ConfigurationException => (ExitCodes.BadInput, ex.Message),
        OperationCanceledException => (ExitCodes.Failure, "cancelled"),
        _ => (ExitCodes.Failure, ex.InnerException is null || ex.Message.Contains(ex.InnerException.Message, StringComparison.Ordinal)
            ? ex.Message
            : $"{ex.Message} ({ex.InnerException.Message})"),
    };

    private JobRun? TryStart(JobRunRecorder recorder, string arguments)
    {
        try
        {
            return recorder.Start(app.Name, Name, arguments);
        }
        catch (Exception)
        {
            // The warehouse itself is what failed (unreachable, locked): there is nowhere to record the run.
            return null;
        }
    }

    private void TryFinish(JobRunRecorder recorder, JobRun run, int exitCode, string? error)
    {
        try
        {
            recorder.Finish(run, exitCode, error);
        }
        catch (Exception ex)
        {
            // The run's own outcome matters more than its bookkeeping: report, keep the exit code.
            Console.MarkupLineInterpolated($"[yellow]warning:[/] could not record the run in etl.job_run: {SecretMasker.Mask(ex.Message)}");
        }
    }
}
