using System.Diagnostics;

namespace ShopSmart.Bench.Measure;

/// <summary>
/// Runs a command under <c>/usr/bin/time -v</c>, its output to a log file, and returns what the OS measured. Each
/// measurement is a fresh process, so nothing warm (JIT, caches in the heap) carries from one run to the next.
/// </summary>
internal static class TimedProcess
{
    public const string TimeTool = "/usr/bin/time";

    public static OsFigures Run(string program, IEnumerable<string> arguments, string logPath, IDictionary<string, string>? environment = null)
    {
        if (!File.Exists(TimeTool))
        {
            throw new InvalidOperationException($"{TimeTool} is missing: apt-get install -y time (bench/bench.sh does it).");
        }

        var timeFile = logPath + ".time";
        var start = new ProcessStartInfo(TimeTool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", "-o", timeFile, program }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var log = new StreamWriter(logPath) { AutoFlush = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var sync = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (sync)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        log.Flush();

        var figures = OsFigures.Parse(File.ReadAllText(timeFile));
        File.Delete(timeFile);
        return figures with { ExitCode = process.ExitCode };
    }

    /// <summary>This program as a command: the app host, or <c>dotnet</c> with the dll when run that way.</summary>
    public static (string Program, string[] Prefix) Self()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell where this program is");
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? (host, [typeof(TimedProcess).Assembly.Location])
            : (host, []);
    }
}
