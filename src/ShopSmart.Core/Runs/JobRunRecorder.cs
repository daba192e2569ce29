using System.Diagnostics;
using Dapper;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;

namespace ShopSmart.Core.Runs;

/// <summary>Writes one etl.job_run row per app run: started as 'running', finished with exit code and duration.</summary>
public sealed class JobRunRecorder(WarehouseEngine engine)
{
    private readonly SqlCatalog _sql = new(typeof(JobRunRecorder).Assembly, engine.Dialect);

    /// <summary>Starts a run record; null when the warehouse has no etl.job_run table yet (before the first migrate).</summary>
    public JobRun? Start(string app, string command, string arguments)
    {
        try
        {
            using var connection = engine.OpenConnection();
            var id = connection.ExecuteScalar<long>(_sql.Get("job_run_start"), new
            {
                app,
                command,
                arguments = Truncate(SecretMasker.Mask(arguments), 2000),
                host_name = Environment.MachineName,
                started_at = DateTime.UtcNow,
            });
            return new JobRun(id, Stopwatch.StartNew());
        }
        catch (Exception ex) when (ex is not WarehouseBusyException && IsMissingTable(ex))
        {
            return null;
        }
    }

    public void Finish(JobRun run, int exitCode, string? error)
    {
        using var connection = engine.OpenConnection();
        connection.Execute(_sql.Get("job_run_finish"), new
        {
            job_run_id = run.JobRunId,
            status = exitCode == ExitCodes.Success ? "succeeded" : "failed",
            exit_code = exitCode,
            finished_at = DateTime.UtcNow,
            duration_ms = run.Clock.ElapsedMilliseconds,
            error_text = error is null ? null : SecretMasker.Mask(error),
        });
    }

    private static bool IsMissingTable(Exception ex) =>
        ex.Message.Contains("job_run", StringComparison.OrdinalIgnoreCase)
        && (ex.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("Invalid object name", StringComparison.OrdinalIgnoreCase));

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>A run in progress: its row id and its clock.</summary>
public sealed record JobRun(long JobRunId, Stopwatch Clock);
