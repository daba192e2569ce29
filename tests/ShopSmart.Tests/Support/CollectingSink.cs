using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Support;

/// <summary>A reader's sink that keeps every line and quarantined row, for tests that read a file without a warehouse.</summary>
public sealed class CollectingSink : ISourceSink
{
    public List<SourceLine> Lines { get; } = [];

    public List<RejectedLine> Rejected { get; } = [];

    public void Line(SourceLine line) => Lines.Add(line);

    public void Reject(RejectedLine rejected) => Rejected.Add(rejected);

    /// <summary>How the reader said it read the file (<see cref="ISourceSink.Describe"/>).</summary>
    public string? Format { get; private set; }

    public void Describe(string format) => Format = format;
}
