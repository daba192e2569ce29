using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopSmart.Bench.Measure;

/// <summary>
/// What a measured child process reports about itself (JSON, so the Python notebook can write it too): the tool,
/// the input's size, and its stages in order. <see cref="Details"/> holds finer timers inside a stage.
/// </summary>
internal sealed record RunFigures
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Tool { get; init; } = "";

    public long Lines { get; init; }

    public long Customers { get; init; }

    public long Products { get; init; }

    public List<StageFigure> Stages { get; init; } = [];

    public List<StageFigure> Details { get; init; } = [];

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static RunFigures Load(string path) =>
        JsonSerializer.Deserialize<RunFigures>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty figures");
}
