using System.Globalization;

namespace ShopSmart.Bench.Measure;

/// <summary>What <c>/usr/bin/time -v</c> says of a whole process: wall and CPU time, peak resident memory, exit code.</summary>
internal sealed record OsFigures(double WallSeconds, double UserSeconds, double SystemSeconds, double MaxRssMiB, int ExitCode)
{
    public static OsFigures Parse(string timeOutput)
    {
        double wall = 0, user = 0, system = 0, rssKiB = 0;
        var exit = -1;
        foreach (var raw in timeOutput.Split('\n'))
        {
            var line = raw.Trim();
            var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var (key, value) = (line[..colon], line[(colon + 2)..].Trim());
            switch (key)
            {
                case "User time (seconds)":
                    user = Number(value);
                    break;
                case "System time (seconds)":
                    system = Number(value);
                    break;
                case "Maximum resident set size (kbytes)":
                    rssKiB = Number(value);
                    break;
                case "Exit status":
                    exit = (int)Number(value);
                    break;
                default:
                    if (key.StartsWith("Elapsed (wall clock) time", StringComparison.Ordinal))
                    {
                        wall = Clock(line[(line.IndexOf("): ", StringComparison.Ordinal) + 3)..]);
                    }

                    break;
            }
        }

        return new OsFigures(wall, user, system, rssKiB / 1024, exit);
    }

    /// <summary>h:mm:ss or m:ss.ss.</summary>
    private static double Clock(string text)
    {
        var seconds = 0.0;
        foreach (var part in text.Trim().Split(':'))
        {
            seconds = seconds * 60 + Number(part);
        }

        return seconds;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
