using System.Text.Json.Serialization;

namespace ShopSmart.Bench.Measure;

/// <summary>
/// One stage of a measured run: wall and CPU seconds, the input lines it processed per second, its own peak resident
/// memory (sampled) and the process's high-water mark when it ended. Python's notebook writes the same fields.
/// </summary>
internal sealed record StageFigure(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("cpu_seconds")] double CpuSeconds,
    [property: JsonPropertyName("peak_rss_mib")] double PeakRssMiB,
    [property: JsonPropertyName("high_water_mib")] double HighWaterMiB)
{
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
