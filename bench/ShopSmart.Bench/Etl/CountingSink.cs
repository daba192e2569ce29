using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Bench.Etl;

/// <summary>Counts what a reader produces, applying the row rules, without storing anything.</summary>
internal sealed class CountingSink(LineClassifier classifier) : ISourceSink
{
    public long Rows { get; private set; }

    public void Line(SourceLine line)
    {
        classifier.Classify(line);
        Rows++;
    }

    public void Reject(RejectedLine rejected) => Rows++;
}
