namespace ShopSmart.Core.Hosting;

/// <summary>
/// A command ended in failure and has done its bookkeeping (etl.job_run); the top level prints
/// "<see cref="Label"/>: <see cref="Detail"/>" on stderr and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class CommandFailedException(int exitCode, string label, string detail, Exception? inner = null)
    : Exception($"{label}: {detail}", inner)
{
    public int ExitCode { get; } = exitCode;

    public string Label { get; } = label;

    public string Detail { get; } = detail;
}
