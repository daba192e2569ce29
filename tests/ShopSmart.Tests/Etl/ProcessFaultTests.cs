using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// Faults a nightly job meets, with real processes: a run killed mid-load (kill -9) and a second run started
/// while the first still holds the warehouse.
/// </summary>
public sealed partial class ProcessFaultTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void A_run_killed_mid_load_leaves_nothing_and_a_rerun_loads_each_row_exactly_once()
    {
        // Given a file large enough to be caught mid-load, and a second file for a concurrent run
        var big = BigFile(copies: 16, out var lines);
        var etl = Path.Combine(AppContext.BaseDirectory, "shopsmart-etl.dll");

        // When the load is killed with SIGKILL once it has staged rows
        using (var first = Start(etl, "load", big))
        {
            WaitForLine(first, "staged", TimeSpan.FromMinutes(2));

            // ... and a second run tries the same warehouse meanwhile
            using var second = Start(etl, "load", TestData.SamplePath);
            Assert.True(second.WaitForExit(TimeSpan.FromMinutes(1)));
            var secondError = second.StandardError.ReadToEnd();
            Assert.Equal(1, second.ExitCode);
            Assert.Contains("in use by another process", secondError);

            Assert.False(first.HasExited, "the first run finished before it could be killed; make the file bigger");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        // Then nothing of the killed batch is in the warehouse (staging may hold scratch rows until the next load)
        using (var db = _warehouse.Open())
        {
            Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
            Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
            Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.rejected_row"));
        }

        // When it is run again
        using (var rerun = Start(etl, "load", big))
        {
            Assert.True(rerun.WaitForExit(TimeSpan.FromMinutes(5)));
            Assert.Equal(0, rerun.ExitCode);
        }

        // Then every row is there exactly once
        using var check = _warehouse.Open();
        var batch = check.QuerySingle<(long Read, long Loaded, long Rejected, string Status)>(
            "SELECT rows_read, rows_loaded, rows_rejected, status FROM etl.batch");
        Assert.Equal((lines, lines, 0L, "loaded"), batch);
        Assert.Equal(lines, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM stg.sales_line"));
        Assert.Equal(
            0,
            check.ExecuteScalar<long>("SELECT count(*) FROM (SELECT source_row_number FROM dw.fact_sales GROUP BY 1 HAVING count(*) > 1)"));
    }

    private Process Start(string etl, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(etl);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--duckdb");
        info.ArgumentList.Add(_warehouse.Engine.DatabasePath);
        return Process.Start(info)!;
    }

    private static void WaitForLine(Process process, string marker, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var line = process.StandardOutput.ReadLine();
            if (line is null)
            {
                Assert.Fail($"the process ended before printing '{marker}': {process.StandardError.ReadToEnd()}");
            }

            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"no '{marker}' line within {timeout}");
    }

    /// <summary>The bundled sample repeated with shifted invoice numbers, so every copy is a distinct sale.</summary>
    private string BigFile(int copies, out long lines)
    {
        var sample = ReadSample();
        var path = _warehouse.File("big.csv.gz");
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(zip, Encoding.Latin1);
        writer.Write(sample[0] + "\n");
        lines = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var line in sample.Skip(1))
            {
                writer.Write(InvoiceNumber().Replace(line, m => m.Groups[1].Value + (long.Parse(m.Groups[2].Value) + (copy * 1_000_000L))) + "\n");
                lines++;
            }
        }

        return path;
    }

    private static List<string> ReadSample()
    {
        using var zip = new GZipStream(File.OpenRead(TestData.SamplePath), CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.Latin1);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [GeneratedRegex("^([CA]?)([0-9]+)")]
    private static partial Regex InvoiceNumber();
}
