using Sylvan.Data.Csv;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Streams an Online Retail CSV (plain or gzip, any of the usual encodings, ',' ';' or tab delimited, decimal point or
/// comma, dates month or day first) row by row into a sink.
/// </summary>
public static class CsvSourceReader
{
    public static SourceLayout Read(SourceFile file, ISourceSink sink, CancellationToken cancellationToken = default) =>
        Read(file, sink, new SourceOptions(), cancellationToken);

    public static SourceLayout Read(SourceFile file, ISourceSink sink, SourceOptions sourceOptions, CancellationToken cancellationToken = default)
    {
        var dialect = CsvDialectDetector.Detect(file, sourceOptions);
        sink.Describe($"as {dialect}");
        using var text = file.OpenReader(dialect.Delimiter);
        // Excel's "sep=;" line comes before the header: it is not data, and the file's rows are numbered after it.
        var offset = dialect.HasSeparatorLine && text.ReadLine() is not null ? 1 : 0;
        var options = ReaderOptions(dialect.Delimiter);

        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, options);
        }
        catch (CsvMissingHeadersException ex)
        {
            // Nothing but a byte-order mark, or a gzip of nothing: as empty as a file of zero bytes.
            throw new SourceFileException(file.Path, "the file is empty (no header row).", inner: ex);
        }
        catch (CsvFormatException ex)
        {
            // JSON's quotes break a CSV header: name the format rather than the quote.
            SourceLayout.RefuseOtherFormat([FirstLineWithText(file)], file.Path);
            throw new SourceFileException(file.Path, $"not a readable CSV file: {ex.Message}", ex.RowNumber + 1 + offset, ex);
        }

        using (csv)
        {
            if (csv.FieldCount == 0)
            {
                throw new SourceFileException(file.Path, "the file is empty (no header row).");
            }

            var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            if (header.All(string.IsNullOrWhiteSpace))
            {
                // A web page often starts with blank lines before its first tag.
                SourceLayout.RefuseOtherFormat([FirstLineWithText(file)], file.Path);
                throw new SourceFileException(file.Path, "the file has no header: its first line is blank.");
            }

            var columnNames = sourceOptions.ColumnNamesValue;
            RefuseOtherDelimiter(header, dialect, given: sourceOptions.DelimiterChar is not null, file.Path, columnNames);
            var layout = SourceLayout.Detect(header, file.Path, columnNames);
            var fields = new LineFields();
            string? lastDateText = null;
            // Made once, not a delegate per row.
            Func<string?, bool> isMissingWord = sink.IsMissingWord;
            Func<int, bool> isBlankField = i => csv.GetFieldSpan(i).IsWhiteSpace();
            Func<string> rawText = () => RawText(csv);
            var fullWidthSeen = false;
            DateTime? lastDate = null;
            var priceForm = $"a number with a decimal {(dialect.Decimal == DecimalMark.Comma ? "comma" : "point")}";
            // Only an order or mark the user gave is checked against the file: one found from it agrees by construction.
            var dateCheck = sourceOptions.DateOrderValue is { } givenOrder ? GivenAnswerCheck.ForDateOrder(givenOrder) : null;
            var priceCheck = sourceOptions.DecimalMark is { } givenMark ? GivenAnswerCheck.ForDecimalMark(givenMark) : null;
            var lastDateVote = DialectEvidence.Vote.None;
            var currency = new PriceCurrency(dialect.Currency);
            var twoDigitYears = new TwoDigitYears();
            try
            {
                while (csv.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Sylvan counts data records from 1; the file's header is row 1, as in a spreadsheet.
                    var row = (long)csv.RowNumber + 1 + offset;
                    RefuseUnclosedQuote(csv, file, row);
                    // A blank line, or a line of delimiters only (",,,,,,," that Excel writes for formatted empty rows),
                    // carries no data: skipped, as an empty row of a workbook is.
                    if (csv.GetFieldSpan(0).IsWhiteSpace() && AllBlank(csv))
                    {
                        continue;
                    }

                    if (QueryToolLine(csv) is { } toolLine)
                    {
                        sink.Reject(new RejectedLine(null, row, RejectReasons.QueryToolLine, toolLine, RawText(csv), null));
                        continue;
                    }

                    fullWidthSeen |= csv.RowFieldCount == layout.HeaderWidth;
                    if (csv.RowFieldCount != layout.HeaderWidth && !layout.FitsRow(csv.RowFieldCount, isBlankField, fullWidthSeen))
                    {
                        sink.Reject(new RejectedLine(
                            null, row, RejectReasons.WrongColumnCount,
                            $"{csv.RowFieldCount} fields where the header has {layout.HeaderWidth}",
                            RawText(csv), null));
                        continue;
                    }

                    fields = new LineFields
                    {
                        RowNumber = row,
                        InvoiceNo = FieldParsers.NormaliseIdentifier(csv.GetString(layout[SourceColumn.InvoiceNo]), dialect.Decimal),
                        StockCode = FieldParsers.AsWritten(FieldParsers.WithoutTextMark(csv.GetString(layout[SourceColumn.StockCode]))),
                        Description = FieldParsers.AsWritten(Field(csv, layout[SourceColumn.Description])),
                        CustomerId = FieldParsers.NormaliseIdentifier(Field(csv, layout[SourceColumn.CustomerId]), dialect.Decimal),
                        Country = FieldParsers.CleanText(Field(csv, layout[SourceColumn.Country])),
                        MayHoldNul = csv.GetRawRecordSpan().Contains('\0'),
                    };

                    var quantity = csv.GetFieldSpan(layout[SourceColumn.Quantity]);
                    if (!quantity.IsWhiteSpace())
                    {
                        fields.SetQuantity(FieldParsers.ReadQuantity(quantity, dialect.Decimal, out var q), q, quantity);
                    }

                    var price = csv.GetFieldSpan(layout[SourceColumn.UnitPrice]);
                    if (!price.IsWhiteSpace())
                    {
                        currency.Read(ref fields, price, dialect.Decimal, priceForm);
                        priceCheck?.Add(DialectEvidence.DecimalMark(price), null, row, price);
                    }

                    // Consecutive lines of an invoice share its date text: parse it once.
                    var dateText = csv.GetString(layout[SourceColumn.InvoiceDate]);
                    if (!ReferenceEquals(dateText, lastDateText) && dateText != lastDateText)
                    {
                        lastDateText = dateText;
                        lastDate = FieldParsers.TryParseDate(dateText, dialect.DateOrder, out var d) ? d : null;
                        if (lastDate is not null)
                        {
                            twoDigitYears.Add(null, row, dateText);
                        }

                        lastDateVote = dateCheck is null ? DialectEvidence.Vote.None : DialectEvidence.DateOrder(dateText, out _, out _);
                    }

                    if (dateCheck is not null && !string.IsNullOrWhiteSpace(dateText))
                    {
                        dateCheck.Add(lastDateVote, null, row, dateText);
                    }

                    fields.InvoiceAt = lastDate;
                    if (lastDate is null && !string.IsNullOrWhiteSpace(dateText))
                    {
                        fields.DateError = FieldParsers.DateProblem(dateText, dialect.DateOrder, FieldParsers.DateForms(dialect.DateOrder));
                    }

                    if (layout.TimeOrdinal is { } timeAt)
                    {
                        InvoiceTimes.AddTo(ref fields, csv.GetString(timeAt), dialect.DateOrder, layout.TimeColumnName, layout.TimeColumnNamed, isMissingWord);
                    }

                    if (fields.QuantityError is not null && layout.IsHeaderAgain(i => csv.GetString(i)))
                    {
                        sink.Reject(new RejectedLine(null, row, RejectReasons.RepeatedHeader, SourceLayout.HeaderAgainNote, RawText(csv), null));
                        continue;
                    }

                    var line = LineAssembler.Assemble(fields, rawText, out var rejected, isMissingWord);
                    if (line is not null)
                    {
                        sink.Line(line);
                    }
                    else
                    {
                        sink.Reject(rejected!);
                    }
                }
            }
            catch (CsvFormatException ex)
            {
                if (file.Format == SourceFormat.CsvGzip)
                {
                    GzipEndCheck.Verify(file.ReadPath, file.Path);
                }

                // Sylvan's own words name its row count and a setting the user cannot change.
                var problem = ex is CsvRecordTooLargeException
                    ? $"a record longer than {ReaderOptions(dialect.Delimiter).MaxBufferSize / (1 << 20)} MiB, which no sales line is (a quote never closed?)"
                    : ex.Message;
                throw new SourceFileException(file.Path, $"malformed CSV: {problem}", ex.RowNumber + 1 + offset, ex);
            }

            dateCheck?.Verify(file.Path);
            priceCheck?.Verify(file.Path);
            twoDigitYears.Verify(file.Path);
            sink.Describe($"as {dialect}{currency.Described}{layout.RenamedDescribed}");
            currency.Tell(sink);
            return layout;
        }
    }

    /// <summary>A field's text; none for a column the file lacks (position -1, <see cref="ColumnNames.MayBeAbsent"/>).</summary>
    private static string? Field(CsvDataReader csv, int ordinal) => ordinal < 0 ? null : csv.GetString(ordinal);

    /// <summary>A record over <see cref="UnclosedQuoteBytes"/> whose quoted field runs over this many lines is an unclosed quote.</summary>
    private const int UnclosedQuoteLines = 20;

    /// <summary>Longer than any sales line (~100 characters, a description at most 200): only a swallowing record is.</summary>
    private const int UnclosedQuoteBytes = 4096;

    private const int Buffer = 1 << 16;

    /// <summary>How every CSV read of a file is set up: the dialect detector must read the records the reader reads.</summary>
    internal static CsvDataReaderOptions ReaderOptions(char delimiter) => new()
    {
        HasHeaders = true,
        Delimiter = delimiter,
        BufferSize = Buffer,
        // A record longer than the buffer would refuse the whole file: up to 1 MiB it is read, and its over-long
        // field quarantined (VALUE_TOO_LONG) like any other. Beyond, the file is refused as malformed.
        MaxBufferSize = 1 << 20,
        // Sylvan skips a line that starts with its comment character, '#' by default, and does not count it: an order
        // number written #536365 (Shopify) would lose the line unseen. A low surrogate never starts decoded text, so no
        // line is a comment; were one ever taken for it, the file is refused rather than the line lost.
        Comment = '\uDFFF',
        CommentHandler = new Action<string>(static line =>
            throw new InvalidDataException($"a line was taken for a comment and would be lost: '{line}'")),
    };

    /// <summary>
    /// What a query tool writes around the data, when the record is that (the note), else null: sqlcmd and psql underline
    /// the header with dashes (------,----- or -------+-----) and end with the count of rows (<c>(3206 rows affected)</c>,
    /// <c>(3206 rows)</c>). Neither is a sales line; named, they are not taken for a bad quantity or a short row.
    /// </summary>
    internal static string? QueryToolLine(CsvDataReader csv)
    {
        // Every sales line starts otherwise: its first character is looked at, the rest only for a line that starts so.
        var field = csv.GetFieldSpan(0);
        if (field.IsEmpty || !(field[0] is '-' or '(' || char.IsWhiteSpace(field[0])))
        {
            return null;
        }

        var first = field.TrimStart();
        if (first.IsEmpty || first[0] is not ('-' or '('))
        {
            return null;
        }

        var record = csv.GetRawRecordSpan().Trim();
        if (first[0] == '-')
        {
            return record.ContainsAnyExcept("-+ \t|,;") ? null : "the dashes a query tool writes under the header (sqlcmd, psql), not a sales line";
        }

        return IsRowCount(record) ? $"the count of rows a query tool writes after the data ('{record}'), not a sales line" : null;
    }

    // (3206 rows affected), (1 row affected), (3,206 rows), (3206 row(s) affected)
    private static bool IsRowCount(ReadOnlySpan<char> text)
    {
        if (text.Length < 7 || text[0] != '(' || text[^1] != ')')
        {
            return false;
        }

        var inner = text[1..^1];
        var digits = 0;
        while (digits < inner.Length && (char.IsAsciiDigit(inner[digits]) || (digits > 0 && inner[digits] == ',')))
        {
            digits++;
        }

        var words = inner[digits..];
        return digits > 0 && words is " row" or " rows" or " row affected" or " rows affected" or " row(s) affected";
    }

    /// <summary>
    /// A record of several kilobytes that spans many lines is a quote opened and never closed, which swallowed the
    /// lines after it: the file is refused, naming the row, rather than those lines quarantined as one.
    /// </summary>
    private static void RefuseUnclosedQuote(CsvDataReader csv, SourceFile file, long row)
    {
        var raw = csv.GetRawRecordSpan();
        if (raw.Length <= UnclosedQuoteBytes)
        {
            return;
        }

        // Line breaks as the file writes them: \n, \r\n, or an old Mac's \r alone.
        var lines = Math.Max(raw.Count('\n'), raw.Count('\r'));
        if (lines >= UnclosedQuoteLines)
        {
            throw new SourceFileException(file.Path, $"malformed CSV: a quoted field opened on this row runs over {lines:N0} lines (a quote never closed?)", row);
        }
    }

    /// <summary>
    /// A header that is no layout on the delimiter given (or named by a <c>sep=</c> line) but is one on another: the
    /// delimiter is what is wrong, not the columns, and the message says so.
    /// </summary>
    /// <param name="given">The delimiter came from <c>--delimiter</c>, which overrides a <c>sep=</c> line.</param>
    private static void RefuseOtherDelimiter(string[] header, CsvDialect dialect, bool given, string path, ColumnNames columnNames)
    {
        if (SourceLayout.Matches(header, columnNames))
        {
            return;
        }

        var line = string.Join(dialect.Delimiter, header);
        foreach (var other in CsvDialectDetector.Delimiters)
        {
            if (other != dialect.Delimiter && SourceLayout.Matches(CsvDialectDetector.Split(line, other), columnNames))
            {
                var source = given || !dialect.HasSeparatorLine ? "--delimiter (or Etl:Source:Delimiter)" : "the file's sep= line";
                throw new SourceFileException(path,
                    $"the header is not an Online Retail layout when split on {dialect.DelimiterName}, but it is when split on " +
                    $"{(dialect with { Delimiter = other }).DelimiterName}: check {source}.");
            }
        }
    }

    /// <summary>The first of the file's first lines that holds more than white space, or null.</summary>
    private static string? FirstLineWithText(SourceFile file)
    {
        using var reader = file.OpenDecoded();
        for (var i = 0; i < 20 && reader.ReadLine() is { } line; i++)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line;
            }
        }

        return null;
    }

    private static bool AllBlank(CsvDataReader csv)
    {
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            if (!csv.GetFieldSpan(i).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The record as it stands in the file (without its line break), for etl.rejected_row.raw_values.</summary>
    private static string RawText(CsvDataReader csv) => csv.GetRawRecordSpan().TrimEnd("\r\n").ToString();
}
