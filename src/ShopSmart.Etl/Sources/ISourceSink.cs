namespace ShopSmart.Etl.Sources;

/// <summary>Where a reader pushes what it reads: each data row either parses or is rejected, never dropped.</summary>
public interface ISourceSink
{
    void Line(SourceLine line);

    void Reject(RejectedLine rejected);

    /// <summary>
    /// Whether a value is a word some tool writes for a missing one (NULL, nan, N/A…): an invoice number or stock code
    /// that is one is as missing as an empty one, and its line is quarantined the same way.
    /// </summary>
    bool IsMissingWord(string? text) => false;

    /// <summary>
    /// How the reader read the file, for the load summary after "read": a CSV <c>as ','-delimited, decimal point,
    /// month-first dates</c>, a workbook <c>from sheets 'A' 20 rows, 'B' (hidden in Excel) 5 rows</c>.
    /// </summary>
    void Describe(string format)
    {
    }

    /// <summary>
    /// The sheets of a workbook read when only some were asked for (<c>--sheet</c>), by their own names, and whether they
    /// are all the sheets that hold data (the workbook read whole after all).
    /// </summary>
    void SheetsRead(IReadOnlyList<string> sheets, bool whole)
    {
    }

    /// <summary>The currency the file's prices are written in (<c>£</c>, <c>kr</c>, <c>EUR</c>), when they carry one.</summary>
    void PricesIn(string currency)
    {
    }
}
