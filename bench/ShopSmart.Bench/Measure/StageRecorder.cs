using System.Diagnostics;

namespace ShopSmart.Bench.Measure;

/// <summary>In-process stage timers: wall clock, this process's CPU time, and the stage's own peak memory.</summary>
internal sealed class StageRecorder : IDisposable
{
    public RssSampler Sampler { get; } = new();

    public List<StageFigure> Stages { get; } = [];

    public List<StageFigure> Details { get; } = [];

    public T Time<T>(string name, Func<T> work)
    {
        var mark = Start();
        var result = work();
        Stages.Add(mark.Figure(name));
        Console.WriteLine($"[bench] {Stages[^1].Name}: {Stages[^1].Seconds:0.00} s, peak {Stages[^1].PeakRssMiB:N0} MiB");
        return result;
    }

    public void Time(string name, Action work) => Time(name, () =>
    {
        work();
        return 0;
    });

    public Mark Start() => new(Sampler.Open());

    public static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    public void Dispose() => Sampler.Dispose();

    /// <summary>A starting point: wall clock, CPU time and a memory window, read together.</summary>
    public sealed class Mark(RssSampler.Window window)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _cpu = CpuTime();

        public StageFigure Figure(string name) => new(
            name,
            _clock.Elapsed.TotalSeconds,
            (CpuTime() - _cpu).TotalSeconds,
            window.PeakBytes / 1048576.0,
            RssSampler.HighWaterBytes() / 1048576.0);

        /// <summary>The figure since the last restart, and a new start from now.</summary>
        public StageFigure Lap(string name)
        {
            var figure = Figure(name);
            _clock.Restart();
            _cpu = CpuTime();
            window.Restart();
            return figure;
        }
    }
}
