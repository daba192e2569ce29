using ShopSmart.Bench.Measure;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;
using Spectre.Console;

namespace ShopSmart.Bench.Job;

/// <summary>
/// Listens to the modelling run's progress lines (printing them as the app does, with the run's clock) and splits the
/// modelling stage into its phases: "prepare" (data range, products, cut-offs), "models" (the two lanes of models
/// running side by side, each reading its features and baskets as it goes, and the segment profiles) and "write"
/// (ml.* in one transaction), each with wall, CPU and peak memory (results rows before 2026-11-26 07:00 also have a
/// "read" phase: the run then read everything before the models started). Each model's own clock
/// (ml.model_run.duration_ms) is listed too; the two lanes overlap, so those add up to more than "models".
/// </summary>
internal sealed class ModelingTimeline(StageRecorder recorder, IAnsiConsole console) : IModelingProgress
{
    private readonly StageRecorder.Mark _mark = recorder.Start();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly List<StageFigure> _phases = [];
    private readonly Lock _gate = new();
    private string _phase = "prepare";

    public void Stage(string model, string message)
    {
        lock (_gate)
        {
            console.MarkupLineInterpolated($"{_clock.Elapsed.TotalSeconds,6:0.0} s [bold]{model}[/]: {message}");
            var next = model switch
            {
                "plan" => "prepare",
                "write" => "write",
                "done" => "after",
                _ => _phase == "prepare" ? "models" : _phase,
            };
            if (next != _phase)
            {
                _phases.Add(_mark.Lap(_phase));
                _phase = next;
            }
        }
    }

    /// <summary>The modelling stage's phases and each model's own clock, once the run is over.</summary>
    public IEnumerable<StageFigure> Details(ModelingResult result)
    {
        lock (_gate)
        {
            if (_phase != "after")
            {
                _phases.Add(_mark.Lap(_phase));
            }

            var phases = _phases.GroupBy(p => p.Name, StringComparer.Ordinal)
                .Select(g => new StageFigure("model." + g.Key, g.Sum(p => p.Seconds), g.Sum(p => p.CpuSeconds), g.Max(p => p.PeakRssMiB), g.Max(p => p.HighWaterMiB)));
            var models = result.Runs
                .GroupBy(r => r.Model, StringComparer.Ordinal)
                .Select(g => new StageFigure("model." + g.Key + " (own clock)", g.Sum(r => r.DurationMs) / 1000.0, 0, 0, 0));
            return phases.Concat(models).ToList();
        }
    }
}
