using System.Globalization;

namespace ShopSmart.Bench.Measure;

/// <summary>
/// The process's resident memory as the OS sees it (/proc/self/statm), polled every 10 ms on a background thread,
/// so each stage gets its own peak without resetting the kernel's high-water mark (which /usr/bin/time reports for
/// the whole process). A spike shorter than the poll can be missed; the whole-process peak cannot.
/// </summary>
internal sealed class RssSampler : IDisposable
{
    private static readonly long PageSize = Environment.SystemPageSize;
    private readonly Thread _thread;
    private readonly List<Window> _windows = [];
    private readonly Lock _sync = new();
    private volatile bool _stop;

    public RssSampler()
    {
        _thread = new Thread(Poll) { IsBackground = true, Name = "rss-sampler", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>A window whose peak starts at the memory held now; several can be open at once (a stage, a step in it).</summary>
    public Window Open()
    {
        var window = new Window(CurrentBytes());
        lock (_sync)
        {
            _windows.Add(window);
        }

        return window;
    }

    /// <summary>The kernel's high-water mark of the whole process so far (VmHWM), the figure /usr/bin/time reports.</summary>
    public static long HighWaterBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }

    public static long CurrentBytes()
    {
        try
        {
            var statm = File.ReadAllText("/proc/self/statm");
            return long.Parse(statm.Split(' ')[1], CultureInfo.InvariantCulture) * PageSize;
        }
        catch (IOException)
        {
            return Environment.WorkingSet;
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Poll()
    {
        while (!_stop)
        {
            var now = CurrentBytes();
            lock (_sync)
            {
                foreach (var window in _windows)
                {
                    window.Observe(now);
                }
            }

            Thread.Sleep(10);
        }
    }

    /// <summary>The highest resident size seen since the window opened or last restarted.</summary>
    public sealed class Window(long start)
    {
        private long _peak = start;

        public long PeakBytes => Math.Max(Interlocked.Read(ref _peak), CurrentBytes());

        public void Restart() => Interlocked.Exchange(ref _peak, CurrentBytes());

        internal void Observe(long bytes)
        {
            long seen;
            do
            {
                seen = Interlocked.Read(ref _peak);
            }
            while (bytes > seen && Interlocked.CompareExchange(ref _peak, bytes, seen) != seen);
        }
    }
}
