namespace ShopSmart.Etl.Sources;

/// <summary>Where a reader pushes what it reads: each data row either parses or is rejected, never dropped.</summary>
public interface ISourceSink
{
    void Line(SourceLine line);

    void Reject(RejectedLine rejected);
}
