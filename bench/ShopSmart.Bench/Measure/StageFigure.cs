namespace ShopSmart.Bench.Measure;

/// <summary>
/// One stage of a measured run: wall and CPU seconds, the input lines it processed per second, its own peak resident
/// memory (sampled) and the process's high-water mark when it ended. Python's notebook writes the same fields.
/// </summary>
internal sealed record StageFigure(string Name, double Seconds, double CpuSeconds, double PeakRssMiB, double HighWaterMiB)
{
    public string? Note { get; init; }
}
