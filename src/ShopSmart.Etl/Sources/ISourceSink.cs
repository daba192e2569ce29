namespace ShopSmart.Etl.Sources;

/// <summary>Where a reader pushes what it reads: each data row either parses or is rejected, never dropped.</summary>
public interface ISourceSink
{
    void Line(SourceLine line);

    void Reject(RejectedLine rejected);

    /// <summary>How the reader read the file (for a CSV: delimiter, decimal mark, date order), for the load summary.</summary>
    void Describe(string format)
    {
    }
}
