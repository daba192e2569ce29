using System.IO.Pipelines;
using System.Runtime.ExceptionServices;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Reads an inner stream ahead on a thread of its own, a few megabytes at most, through a pipe: inflating an xlsx
/// sheet (full UCI: 212 MB of XML) then runs beside the XML parser instead of on its thread, the load's slowest
/// (full UCI xlsx, migrate + load, four alternated rounds: 4.78–4.92 s against 4.87–5.65 s). Not used for .csv.gz: its
/// 45 MB inflate quickly, and the loads were no faster. An error of the inner stream (a damaged or cut-off
/// file) reaches the reader as the same exception, where it happened in the data.
/// </summary>
public sealed class ReadAheadStream : ForwardOnlyStream
{
    private const int ChunkSize = 64 << 10;

    private readonly Stream _inner;
    private readonly Pipe _pipe = new(new PipeOptions(
        pauseWriterThreshold: 4 << 20,
        resumeWriterThreshold: 2 << 20,
        minimumSegmentSize: ChunkSize,
        readerScheduler: PipeScheduler.Inline,
        writerScheduler: PipeScheduler.Inline,
        useSynchronizationContext: false));

    private readonly Stream _reader;
    private readonly Thread _filler;
    private ExceptionDispatchInfo? _failure;

    public ReadAheadStream(Stream inner)
    {
        _inner = inner;
        _reader = _pipe.Reader.AsStream(leaveOpen: true);
        _filler = new Thread(Fill) { IsBackground = true, Name = "shopsmart read-ahead" };
        _filler.Start();
    }

    public override int Read(Span<byte> buffer)
    {
        var read = _reader.Read(buffer);
        if (read == 0 && buffer.Length > 0)
        {
            Volatile.Read(ref _failure)?.Throw();
        }

        BytesRead += read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // A reader that stops early (a refused file, a cancelled load) releases the filler from a full pipe.
            _pipe.Reader.Complete();
            _filler.Join();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Fill()
    {
        var writer = _pipe.Writer;
        try
        {
            while (true)
            {
                var read = _inner.Read(writer.GetSpan(ChunkSize));
                if (read == 0)
                {
                    break;
                }

                writer.Advance(read);
                // Waits here while the reader is 4 MB behind; completed once the reader has gone.
                if (writer.FlushAsync().AsTask().GetAwaiter().GetResult().IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            // Kept for the reader once it has read what came before: a pipe completed with an error throws at the
            // next read and drops the bytes still in it.
            Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(ex));
        }

        writer.Complete();
    }
}
