using System.Diagnostics;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

/// <summary>The stream that inflates an xlsx sheet on a thread of its own gives the same bytes, errors and ending.</summary>
public sealed class ReadAheadStreamTests
{
    [Fact]
    public void Gives_every_byte_of_the_inner_stream_in_order_whatever_the_read_sizes()
    {
        // Given 10 MB of seeded random bytes, more than the pipe holds ahead
        var data = new byte[10 << 20];
        new Random(7).NextBytes(data);

        // When they are read through the read-ahead in reads of 1, 7, 1000 and 100,000 bytes in turn
        using var stream = new ReadAheadStream(new MemoryStream(data));
        var copy = new MemoryStream();
        int[] sizes = [1, 7, 1000, 100_000];
        var buffer = new byte[100_000];
        for (var i = 0; ; i++)
        {
            var read = stream.Read(buffer, 0, sizes[i % sizes.Length]);
            if (read == 0)
            {
                break;
            }

            copy.Write(buffer, 0, read);
        }

        // Then the bytes are the same, and the position counts them
        Assert.Equal(data, copy.ToArray());
        Assert.Equal(data.Length, stream.Position);
    }

    [Fact]
    public void An_error_of_the_inner_stream_reaches_the_reader_after_the_bytes_before_it()
    {
        // Given an inner stream that fails with its own exception after 300,000 bytes
        var failure = new InvalidDataException("cut off");
        using var stream = new ReadAheadStream(new FailingStream(300_000, failure));

        // When it is read to the end
        var buffer = new byte[4096];
        long total = 0;
        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
            }
        });

        // Then every byte before the failure arrived first, and the exception is the inner stream's own
        Assert.Equal(300_000, total);
        Assert.Same(failure, thrown);
    }

    [Fact]
    public void A_reader_that_stops_early_releases_the_filler_and_closes_the_inner_stream()
    {
        // Given an endless inner stream, read ahead until the pipe is full
        var inner = new EndlessStream();
        var stream = new ReadAheadStream(inner);
        Assert.Equal(10, stream.Read(new byte[10]));
        Thread.Sleep(100);

        // When the reader disposes it part-way
        var clock = Stopwatch.StartNew();
        stream.Dispose();

        // Then the dispose returns (the filler stopped) and the inner stream is closed
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"dispose took {clock.Elapsed}");
        Assert.True(inner.Disposed);
    }

    private sealed class FailingStream(long failAfter, Exception failure) : ForwardOnlyStream
    {
        public override int Read(Span<byte> buffer)
        {
            var left = failAfter - BytesRead;
            if (left <= 0)
            {
                throw failure;
            }

            var n = (int)Math.Min(buffer.Length, left);
            buffer[..n].Fill(42);
            BytesRead += n;
            return n;
        }
    }

    private sealed class EndlessStream : ForwardOnlyStream
    {
        public bool Disposed { get; private set; }

        public override int Read(Span<byte> buffer) => buffer.Length;

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
