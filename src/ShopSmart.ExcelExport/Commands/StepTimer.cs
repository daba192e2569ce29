using System.Diagnostics;

namespace ShopSmart.ExcelExport.Commands;

/// <summary>Times the steps of an export one after the other, for <c>export --timings</c> and the benchmark.</summary>
public sealed class StepTimer
{
    private readonly List<(string Step, TimeSpan Elapsed)> _steps = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps => _steps;

    /// <summary>Ends the current step: the time since the previous one is booked to <paramref name="step"/>.</summary>
    public void Lap(string step)
    {
        _steps.Add((step, _clock.Elapsed));
        _clock.Restart();
    }
}
