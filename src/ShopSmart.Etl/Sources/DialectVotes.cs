using static ShopSmart.Etl.Sources.DialectEvidence;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// The votes values cast on one question about how a file is written (decimal mark, date order): only a value that
/// reads one way alone votes, the first <see cref="CsvDialectDetector.Decisive"/> such votes are counted and the majority
/// wins, and the first few values that could be read either way are kept to name in a refusal. The CSV detector and the
/// workbook's text dates both decide by it; each says the outcome in its own words.
/// </summary>
internal sealed class DialectVotes
{
    private const int Examples = 3;

    private readonly List<string> _either = [];

    public enum Outcome
    {
        /// <summary>No value voted and none could be read either way.</summary>
        Silent,
        First,
        Second,
        /// <summary>As many votes one way as the other.</summary>
        Split,
        /// <summary>No vote, but values that could be read either way.</summary>
        Unsettled,
    }

    public int First { get; private set; }

    public int Second { get; private set; }

    /// <summary>Where the first value voting the first way stands, and what it says (<c>row 12 '12/13/2010'</c>).</summary>
    public string? FirstExample { get; private set; }

    public string? SecondExample { get; private set; }

    /// <summary>The first values that could be read either way, where they stand.</summary>
    public IReadOnlyList<string> Either => _either;

    /// <summary>Enough votes are counted, and enough undecided values kept to name.</summary>
    public bool Complete => First + Second >= CsvDialectDetector.Decisive && _either.Count >= Examples;

    public bool Decided => First + Second >= CsvDialectDetector.Decisive;

    /// <param name="sheet">The sheet the value stands in, or null in a file without sheets.</param>
    /// <param name="readings">For a value that reads either way, its two readings, named in a refusal.</param>
    public void Add(Vote vote, string? sheet, long row, ReadOnlySpan<char> text, string? readings = null)
    {
        switch (vote)
        {
            case Vote.First when !Decided:
                First++;
                FirstExample ??= Where(sheet, row, text, null);
                break;
            case Vote.Second when !Decided:
                Second++;
                SecondExample ??= Where(sheet, row, text, null);
                break;
            case Vote.Either when _either.Count < Examples:
                _either.Add(Where(sheet, row, text, readings));
                break;
        }
    }

    public Outcome Result =>
        First > Second ? Outcome.First
        : Second > First ? Outcome.Second
        : First > 0 ? Outcome.Split
        : _either.Count > 0 ? Outcome.Unsettled
        : Outcome.Silent;

    /// <summary>Where a value stands and what it says, for a message: <c>sheet 'A' row 12 '12/13/2010'</c>.</summary>
    internal static string Where(string? sheet, long row, ReadOnlySpan<char> text, string? readings = null) =>
        $"{(sheet is null ? string.Empty : $"sheet '{sheet}' ")}row {row} '{text.Trim()}'" + (readings is null ? string.Empty : $" ({readings})");
}
