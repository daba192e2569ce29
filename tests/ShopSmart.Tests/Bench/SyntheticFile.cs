using ShopSmart.Bench.Synthetic;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Bench;

/// <summary>
/// A 50,000-line synthetic file, generated once and read back through the ETL's own reader, so the tests count what
/// the product would count rather than what the generator says it wrote.
/// </summary>
public sealed class SyntheticFile : IDisposable
{
    public const int LineCount = 50_000;

    private readonly TempDirectory _folder = new();

    public SyntheticFile()
    {
        Path = _folder.File("synthetic.csv");
        Summary = SyntheticRetailGenerator.GenerateFile(new SyntheticRetailOptions { Lines = LineCount, Seed = 7 }, Path);
        var sink = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(Path), sink);
        Lines = sink.Lines;
        Rejected = sink.Rejected;
        RawLines = File.ReadLines(Path).Skip(1).ToList();
    }

    public string Path { get; }

    public GenerationSummary Summary { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    public int Rejected { get; }

    /// <summary>The data lines as text, for exact-duplicate counting.</summary>
    public IReadOnlyList<string> RawLines { get; }

    public void Dispose() => _folder.Dispose();

    private sealed class CollectingSink : ISourceSink
    {
        public List<SourceLine> Lines { get; } = [];

        public int Rejected { get; private set; }

        public void Line(SourceLine line) => Lines.Add(line);

        public void Reject(RejectedLine rejected) => Rejected++;
    }
}
