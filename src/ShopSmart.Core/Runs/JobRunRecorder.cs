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

    /// <summary>
    /// Starts a run record; null when the warehouse has no etl.job_run table yet (before the first migrate). Runs of
    /// this host left 'running' by a process that no longer exists are marked 'abandoned' first.
    /// </summary>
    public JobRun? Start(string app, string command, string arguments)
    {
        try
        {
            using var connection = engine.OpenConnection();
            AbandonDeadRuns(connection);
            var id = connection.ExecuteScalar<long>(_sql.Get("job_run_start"), new
            {
                app,
                command,
                arguments = Truncate(SecretMasker.Mask(arguments), 2000),
                host_name = Environment.MachineName,
                process_id = Environment.ProcessId,
                started_at = DateTime.UtcNow,
            });
            return new JobRun(id, Stopwatch.StartNew());
        }
        catch (Exception ex) when (ex is not WarehouseBusyException && IsBehindSchema(ex))
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

    /// <summary>
    /// Whether the process of a run started at <paramref name="runStartedAt"/> (UTC) is gone: no process has its id, or
    /// the one that has it started after the run did (the id was reused). <paramref name="processStart"/> gives a
    /// process's start (UTC), null when there is none; a process whose start cannot be read counts as alive. A few
    /// seconds' grace: Linux reports a process's start from the boot time, which it keeps to the second.
    /// </summary>
    public static bool IsGone(int processId, DateTime runStartedAt, Func<int, DateTime?> processStart) =>
        processStart(processId) is not { } started || started > runStartedAt.AddSeconds(5);

    /// <summary>A process's start time (UTC); null when no process has the id; DateTime.MinValue when it cannot be read.</summary>
    private static DateTime? ProcessStart(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.StartTime.ToUniversalTime();
        }
        catch (ArgumentException)
        {
            return null; // no process has this id
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return DateTime.MinValue; // it exists but cannot be read (another user's): alive, as far as anyone can tell
        }
    }

    /// <summary>Marks 'abandoned' this host's runs left 'running' by a process that has ended (kill -9, a reboot).</summary>
    private void AbandonDeadRuns(System.Data.Common.DbConnection connection)
    {
        try
        {
            var running = connection.Query<RunningRow>(_sql.Get("job_run_running"), new { host_name = Environment.MachineName }).ToList();
            foreach (var row in running.Where(r => r.ProcessId != Environment.ProcessId && IsGone(r.ProcessId, r.StartedAt, ProcessStart)))
            {
                connection.Execute(_sql.Get("job_run_abandon"), new
                {
                    job_run_id = row.JobRunId,
                    error_text = $"abandoned: its process ({row.ProcessId} on {Environment.MachineName}) ended without finishing the run (killed, or the machine stopped)",
                });
            }
        }
        catch (System.Data.Common.DbException)
        {
            // Bookkeeping of earlier runs must not stop this one (an older schema, a login without UPDATE rights).
        }
    }

    private sealed record RunningRow(long JobRunId, int ProcessId, DateTime StartedAt);

    /// <summary>
    /// The warehouse's etl.job_run is missing (before the first migrate) or older than this version (a column it
    /// records is missing: upgraded binaries before their migrate). The run is not recorded and the command's own
    /// schema check then says to migrate.
    /// </summary>
    private static bool IsBehindSchema(Exception ex) =>
        (ex.Message.Contains("job_run", StringComparison.OrdinalIgnoreCase)
            && (ex.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase)
                || ex.Message.Contains("Invalid object name", StringComparison.OrdinalIgnoreCase)
                || ex.Message.Contains("does not have a column", StringComparison.OrdinalIgnoreCase)))
        || ex.Message.Contains("Invalid column name", StringComparison.OrdinalIgnoreCase);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>A run in progress: its row id and its clock.</summary>
public sealed record JobRun(long JobRunId, Stopwatch Clock);
