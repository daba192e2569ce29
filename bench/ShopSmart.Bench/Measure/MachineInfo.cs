using System.Diagnostics;
using System.Globalization;

namespace ShopSmart.Bench.Measure;

/// <summary>Where and on what a run was measured: the machine, its load, the commit.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores {cpu ?? "?"}, {memory:0} GiB, .NET {Environment.Version}");
    }

    /// <summary>The 1-minute load average: on a shared machine, the one number that says how noisy a figure is.</summary>
    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>The repository's folder: the first parent of the working directory, or of this program, with the solution.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ShopSmart.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>Short commit id, "+changes" when tracked files differ from it.</summary>
    public static string Commit()
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return "unknown";
        }

        var head = Git(root, "rev-parse --short HEAD");
        var changes = Git(root, "status --porcelain --untracked-files=no");
        return string.IsNullOrWhiteSpace(head) ? "unknown" : head.Trim() + (string.IsNullOrWhiteSpace(changes) ? "" : "+changes");
    }

    private static string Git(string root, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", $"-C \"{root}\" {arguments}") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start);
            if (process is null)
            {
                return "";
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }
}
