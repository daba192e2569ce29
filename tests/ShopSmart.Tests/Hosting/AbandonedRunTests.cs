using Dapper;
using ShopSmart.Core.Runs;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Hosting;

/// <summary>
/// A run killed before it could record its end stays 'running' in etl.job_run; the next run on the same host marks it
/// 'abandoned' once its process is gone, and leaves alone a run whose process is still there.
/// </summary>
public sealed class AbandonedRunTests : IDisposable
{
    private static readonly DateTime RunStarted = new(2026, 11, 27, 2, 30, 0, DateTimeKind.Utc);

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Theory]
    [InlineData(null, true)]                  // no process has the id any more
    [InlineData("2026-11-27T02:29:58", false)] // the run's own process, started just before it
    [InlineData("2026-11-27T02:30:03", false)] // … or reported a little after it (Linux keeps the boot time to the second)
    [InlineData("2026-11-27T09:00:00", true)]  // the id now belongs to a process started later: reused
    public void A_run_is_gone_when_its_process_is(string? processStarted, bool gone)
    {
        DateTime? start = processStarted is null ? null : DateTime.SpecifyKind(DateTime.Parse(processStarted, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.Equal(gone, JobRunRecorder.IsGone(4242, RunStarted, _ => start));
    }

    [SkippableFact]
    public void The_next_run_marks_a_killed_run_abandoned()
    {
        // Given two runs of this host left 'running': one by a process that no longer exists, one by a live process
        // (a child started just before its run)
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "starts `sleep` as the live process");
        using var live = System.Diagnostics.Process.Start("sleep", "120");
        try
        {
            using (var db = _warehouse.Open())
            {
                db.Execute("""
                    INSERT INTO etl.job_run (app, command, host_name, process_id, status, started_at)
                    VALUES ('shopsmart-etl', 'load', $host, $dead, 'running', $at), ('shopsmart-etl', 'load', $host, $live, 'running', $at)
                    """, new { host = Environment.MachineName, dead = int.MaxValue, live = live.Id, at = DateTime.UtcNow });
            }

            AssertTheDeadRunIsAbandoned();
        }
        finally
        {
            live.Kill();
        }
    }

    [Fact]
    public void A_warehouse_migrated_by_an_older_version_is_told_to_migrate_not_given_a_database_error()
    {
        // Given a warehouse whose etl.job_run predates the process id (its script not yet run)
        using (var db = _warehouse.Open())
        {
            db.Execute("ALTER TABLE etl.job_run DROP COLUMN process_id");
            db.Execute("DELETE FROM schema_version WHERE script_name LIKE 'tables/0022_add_etl_job_run_process_id.sql%'");
        }

        // When the upgraded load runs on it before migrate
        var result = CliRunner.Etl("load", TestData.SamplePath, "--duckdb", _warehouse.Engine.DatabasePath);

        // Then it says to migrate, as for any schema behind the scripts
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Run the migrate command first", result.Output);
    }

    private void AssertTheDeadRunIsAbandoned()
    {
        // When another run starts
        Assert.Equal(0, CliRunner.Etl("load", TestData.SamplePath, "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        // Then the dead process's run is abandoned, with why; the live one's is left alone; the new run succeeded
        using var check = _warehouse.Open();
        var runs = check.Query<(int Process, string Status, string? Error)>(
            "SELECT process_id, status, error_text FROM etl.job_run ORDER BY job_run_id").ToList();
        Assert.Equal(3, runs.Count);
        Assert.Equal("abandoned", runs[0].Status);
        Assert.Contains("ended without finishing the run", runs[0].Error);
        Assert.Equal("running", runs[1].Status);
        Assert.Equal((Environment.ProcessId, "succeeded"), (runs[2].Process, runs[2].Status));
    }
}
