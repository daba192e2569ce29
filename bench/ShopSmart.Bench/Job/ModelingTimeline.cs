using ShopSmart.Bench.Measure;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;
using Spectre.Console;

namespace ShopSmart.Bench.Job;

/// <summary>
/// Listens to the modelling run's progress lines (printing them as the app does) and times the gaps between them, so
/// the modelling stage can be split by model: wall seconds from each model's own clock (ml.model_run.duration_ms),
/// CPU and peak memory from the gaps that begin with that model's lines, and the pipeline's own steps around them
/// (reading the data range before the first line, writing ml.* after the "write" line).
/// </summary>
internal sealed class ModelingTimeline(StageRecorder recorder, IAnsiConsole console) : IModelingProgress
{
    private readonly StageRecorder.Mark _mark = recorder.Start();
    private readonly List<(string Model, StageFigure Figure)> _gaps = [];
    private string _current = "prepare";

    public void Stage(string model, string message)
    {
        console.MarkupLineInterpolated($"[bold]{model}[/]: {message}");
        _gaps.Add((_current, _mark.Lap(_current)));
        _current = model;
    }

    /// <summary>
    /// The modelling stage by model, once the run is over. Seconds are each model's own clock; what is left of the
    /// stage (data range and products, segment profiles, writing ml.*) is "model.pipeline".
    /// </summary>
    public IEnumerable<StageFigure> Details(ModelingResult result, double stageSeconds)
    {
        _gaps.Add((_current, _mark.Lap(_current)));
        var ownClock = result.Runs
            .GroupBy(r => r.Model, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.DurationMs) / 1000.0, StringComparer.Ordinal);
        var pipeline = stageSeconds - ownClock.Values.Sum();
        foreach (var group in _gaps.GroupBy(g => ownClock.ContainsKey(g.Model) ? g.Model : "pipeline", StringComparer.Ordinal))
        {
            yield return new StageFigure(
                "model." + group.Key,
                ownClock.TryGetValue(group.Key, out var own) ? own : pipeline,
                group.Sum(g => g.Figure.CpuSeconds),
                group.Max(g => g.Figure.PeakRssMiB),
                group.Max(g => g.Figure.HighWaterMiB));
        }
    }
}
