using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;
using static ShopSmart.Etl.Sources.DialectEvidence;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Finds how a CSV file is written before it is read: the delimiter from the header (the one that splits it into an
/// Online Retail layout), then the decimal mark and the date order from the data. A file saved by Excel in a French or
/// German locale is ';'-delimited with decimal commas (1,85) and day-first dates (01/12/2010 08:26); the UCI CSV is
/// ','-delimited with decimal points and month-first dates (12/1/2010 8:26). Only values that read differently one way
/// or the other decide (a day above 12, a comma followed by two digits); the majority of the first
/// <see cref="Decisive"/> such values wins. A file with values that could be read either way and none that decides is
/// refused, naming the first of them, rather than guessed. Options given by the user are taken as they are.
/// </summary>
public static class CsvDialectDetector
{
    /// <summary>Decisive values looked at, per question, before the majority is taken.</summary>
    public const int Decisive = 25;

    /// <summary>Rows after which a question no value has touched (ISO dates, whole prices) is settled as moot.</summary>
    private const int Moot = 5_000;

    /// <summary>The delimiters a header is tried with: the pipe is psql's and many ERP exports'.</summary>
    internal static readonly char[] Delimiters = [',', ';', '\t', '|'];

    public static CsvDialect Detect(SourceFile file, SourceOptions options)
    {
        string? firstLine;
        using (var reader = file.OpenDecoded())
        {
            firstLine = reader.ReadLine();
        }

        var hinted = SeparatorLine.TryParse(firstLine, out var hint);
        var columnNames = options.ColumnNamesValue;
        var delimiter = options.DelimiterChar ?? (hinted ? hint : DetectDelimiter(firstLine ?? string.Empty, columnNames));
        var decimalMark = options.DecimalMark;
        var dateOrder = options.DateOrderValue;
        if (decimalMark is null || dateOrder is null)
        {
            var (foundDecimal, foundOrder, currency) = Scan(file, delimiter, decimalMark is null, dateOrder is null, hinted, columnNames);
            return new CsvDialect(delimiter, decimalMark ?? foundDecimal, dateOrder ?? foundOrder) { HasSeparatorLine = hinted, Currency = currency };
        }

        return new CsvDialect(delimiter, decimalMark.Value, dateOrder.Value) { HasSeparatorLine = hinted };
    }

    /// <summary>The delimiter that splits the header into an Online Retail layout; ',' when none does (the reader then says why).</summary>
    private static char DetectDelimiter(string header, ColumnNames columnNames)
    {
        foreach (var delimiter in Delimiters)
        {
            if (SourceLayout.Matches(Split(header, delimiter), columnNames))
            {
                return delimiter;
            }
        }

        return ',';
    }

    /// <returns>The answers, and the currency sign most of the prices looked at carry (null when none does).</returns>
    private static (DecimalMark Decimal, DateOrder Order, string? Currency) Scan(SourceFile file, char delimiter, bool wantDecimal, bool wantOrder, bool skipSeparatorLine, ColumnNames columnNames)
    {
        var signs = new Dictionary<string, int>(StringComparer.Ordinal);
        var prices = new Question("price", "a decimal point", "a decimal comma", "--decimal point", "--decimal comma", wantDecimal);
        var dates = new Question("invoice date", "month first", "day first", "--date-order month-first", "--date-order day-first", wantOrder);
        using var reader = file.OpenReader(delimiter);
        var offset = skipSeparatorLine && reader.ReadLine() is not null ? 1 : 0;
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, CsvSourceReader.ReaderOptions(delimiter));
        }
        catch (CsvFormatException)
        {
            return (DecimalMark.Point, DateOrder.MonthFirst, null); // the reader reports the broken file
        }

        using (csv)
        {
            var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            if (!SourceLayout.Matches(header, columnNames))
            {
                return (DecimalMark.Point, DateOrder.MonthFirst, null); // the reader reports the header
            }

            var layout = SourceLayout.Detect(header, file.Path, columnNames);
            long rows = 0;
            var fullWidthSeen = false;
            try
            {
                while ((prices.Open(rows) || dates.Open(rows)) && csv.Read())
                {
                    rows++;
                    fullWidthSeen |= csv.RowFieldCount == layout.HeaderWidth;
                    if (csv.RowFieldCount != layout.HeaderWidth && !layout.FitsRow(csv.RowFieldCount, i => csv.GetFieldSpan(i).IsWhiteSpace(), fullWidthSeen))
                    {
                        continue;
                    }

                    var row = (long)csv.RowNumber + 1 + offset;
                    var price = csv.GetFieldSpan(layout[SourceColumn.UnitPrice]);
                    _ = DisplayedNumber.Inner(price, out _, out _, out var sign);
                    if (sign is not null)
                    {
                        signs[sign] = signs.GetValueOrDefault(sign) + 1;
                    }

                    if (prices.Open(rows))
                    {
                        var vote = DecimalMark(price);
                        prices.Add(vote, row, price, vote == Vote.Either ? EitherNumber(price) : null);
                    }

                    if (dates.Open(rows))
                    {
                        var date = csv.GetFieldSpan(layout[SourceColumn.InvoiceDate]);
                        var vote = DateOrder(date, out var first, out var second);
                        dates.Add(vote, row, date, vote == Vote.Either ? EitherDate(date, first, second) : null);
                    }
                }
            }
            catch (CsvFormatException)
            {
                return (DecimalMark.Point, DateOrder.MonthFirst, null); // a malformed row: the reader refuses the file, naming it
            }
        }

        return (
            prices.Decide(file.Path) ? DecimalMark.Comma : DecimalMark.Point,
            dates.Decide(file.Path) ? DateOrder.DayFirst : DateOrder.MonthFirst,
            signs.Count == 0 ? null : signs.MaxBy(s => s.Value).Key);
    }

    /// <summary>The two dates a value such as 01/12/2010 could be, for the error message.</summary>
    private static string EitherDate(ReadOnlySpan<char> text, int first, int second)
    {
        _ = TryDateNumbers(text, out _, out _, out var written, out _, out _); // a vote of Either read them
        var year = FieldParsers.FourDigitYear(written);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"month first: {new DateOnly(year, first, second):d MMM yyyy}; day first: {new DateOnly(year, second, first):d MMM yyyy}");
    }

    /// <summary>The two numbers a value such as 1.234 could be, for the error message.</summary>
    private static string EitherNumber(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim().ToString();
        var withPoint = trimmed.Replace(",", string.Empty, StringComparison.Ordinal);
        var withComma = trimmed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return $"decimal point: {withPoint}; decimal comma: {withComma}";
    }

    /// <summary>Splits a header line on a delimiter, honouring double quotes.</summary>
    internal static List<string?> Split(string line, char delimiter)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>One question about the file (decimal mark or date order): its votes, and the words of its answer.</summary>
    private sealed class Question(string column, string firstName, string secondName, string firstOption, string secondOption, bool wanted)
    {
        private readonly DialectVotes _votes = new();

        public bool Open(long rows) => wanted && !_votes.Decided && (rows < Moot || _votes.Either.Count > 0);

        public void Add(Vote vote, long row, ReadOnlySpan<char> text, string? readings) => _votes.Add(vote, null, row, text, readings);

        /// <summary>True for the second answer (comma, day first); throws when the file does not say.</summary>
        public bool Decide(string path) => wanted && _votes.Result switch
        {
            DialectVotes.Outcome.Split => throw new SourceFileException(path,
                $"the {column}s disagree: as many are written with {firstName} as with {secondName}. " +
                $"Load it again with {firstOption} or {secondOption}."),
            DialectVotes.Outcome.Unsettled => throw new SourceFileException(path,
                $"the {column}s could be read with {firstName} or with {secondName}, and none in the file settles it: " +
                $"{string.Join(", ", _votes.Either)}. Load it again with {firstOption} or {secondOption}."),
            var result => result == DialectVotes.Outcome.Second,
        };
    }
}
