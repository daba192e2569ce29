using System.Collections.Concurrent;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// Reads, parses, classifies and encodes on one thread while the calling thread bulk-writes, handing over chunks
/// through a bounded queue: memory stays flat whatever the file size, and parsing overlaps with loading.
/// </summary>
public sealed class LoadPipeline(
    LineClassifier classifier, SourceOptions? sourceOptions = null, int chunkSize = 8192, int chunksInFlight = 8, CountryNames? countries = null)
{
    /// <summary>
    /// Counts every data row read and the value of every row whose quantity and price parsed, and the first and last
    /// invoice time of the lines (null when none loaded), which the calendar dimension is completed from.
    /// </summary>
    public sealed record Totals(
        long RowsRead, decimal SourceValue, SourceLayout Layout, DateTime? FirstInvoiceAt, DateTime? LastInvoiceAt, string? Format,
        QuarantineTally Quarantined)
    {
        /// <summary>The currency the file's prices carry (<c>£</c>), or null when they are plain numbers.</summary>
        public string? Currency { get; init; }

        /// <summary>The sheets read, by name, when <c>--sheet</c> left out others that hold data; null when the file was read whole.</summary>
        public IReadOnlyList<string>? SomeSheets { get; init; }
    }

    /// <summary>What the writer receives: new texts first, then the lines that use them, and the quarantined rows.</summary>
    public sealed class Chunk(int size)
    {
        internal StagingRow[] Buffer { get; } = new StagingRow[size];

        internal int Count { get; set; }

        public ReadOnlySpan<StagingRow> Rows => Buffer.AsSpan(0, Count);

        public List<StagingText> Texts { get; internal set; } = [];

        public List<RejectedLine> Rejects { get; } = [];
    }

    public Totals Run(SourceFile file, Action<Chunk> write, Action<long>? progress, CancellationToken cancellationToken)
    {
        using var queue = new BlockingCollection<Chunk>(chunksInFlight);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sink = new ChunkingSink(classifier, countries ?? new CountryNames([]), queue, chunkSize, cancel.Token);
        var producer = Task.Run(() =>
        {
            try
            {
                sink.Layout = SourceReader.Read(file, sink, sourceOptions ?? new SourceOptions(), cancel.Token);
                sink.Complete();
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, cancel.Token);

        long written = 0;
        try
        {
            foreach (var chunk in queue.GetConsumingEnumerable(cancel.Token))
            {
                write(chunk);
                written += chunk.Count + chunk.Rejects.Count;
                progress?.Invoke(written);
            }
        }
        catch
        {
            cancel.Cancel();
            WaitQuietly(producer);
            throw;
        }

        producer.GetAwaiter().GetResult();
        return new Totals(sink.RowsRead, sink.SourceValue, sink.Layout!, sink.First, sink.Last, sink.Format, sink.Quarantined) { Currency = sink.Currency, SomeSheets = sink.SomeSheets };
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The consumer's error is the one reported.
        }
    }

    private sealed class ChunkingSink(LineClassifier classifier, CountryNames countries, BlockingCollection<Chunk> queue, int size, CancellationToken token)
        : ISourceSink
    {
        private readonly StagingTexts _texts = new();
        private Chunk _current = new(size);

        public long RowsRead { get; private set; }

        public decimal SourceValue { get; private set; }

        public DateTime? First { get; private set; }

        public DateTime? Last { get; private set; }

        public SourceLayout? Layout { get; set; }

        public string? Format { get; private set; }

        public QuarantineTally Quarantined { get; } = new();

        public void Describe(string format) => Format = format;

        public string? Currency { get; private set; }

        public void PricesIn(string currency) => Currency = currency;

        public IReadOnlyList<string>? SomeSheets { get; private set; }

        public void SheetsRead(IReadOnlyList<string> sheets, bool whole) => SomeSheets = whole ? null : sheets;

        public bool IsMissingWord(string? text) => classifier.IsNullWord(text);

        public void Line(SourceLine line)
        {
            RowsRead++;
            SourceValue += line.LineValue;
            if (First is null || line.InvoiceAt < First)
            {
                First = line.InvoiceAt;
            }

            if (Last is null || line.InvoiceAt > Last)
            {
                Last = line.InvoiceAt;
            }

            if (countries.Canonical(line.Country) is { } country && !string.Equals(country, line.Country, StringComparison.Ordinal))
            {
                line = line with { Country = country };
            }

            _current.Buffer[_current.Count++] = _texts.Encode(classifier.Classify(line));
            if (_current.Count == size)
            {
                Send();
            }
        }

        public void Reject(RejectedLine rejected)
        {
            RowsRead++;
            SourceValue += rejected.LineValue ?? 0m;
            rejected = rejected.Printable();
            Quarantined.Add(rejected);
            _current.Rejects.Add(rejected);
            if (_current.Rejects.Count == size)
            {
                Send();
            }
        }

        public void Complete()
        {
            if (_current.Count > 0 || _current.Rejects.Count > 0)
            {
                Send();
            }
        }

        private void Send()
        {
            _current.Texts = _texts.TakeNew();
            queue.Add(_current, token);
            _current = new Chunk(size);
        }
    }
}
