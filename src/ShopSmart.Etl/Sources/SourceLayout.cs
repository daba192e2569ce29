namespace ShopSmart.Etl.Sources;

/// <summary>
/// Recognises a header row as the UCI Online Retail (id 352) or Online Retail II (id 502) layout and maps each
/// column to its position. Column order and extra columns do not matter; a missing column is an error.
/// </summary>
public sealed class SourceLayout
{
    public const string OnlineRetail = "OnlineRetail";
    public const string OnlineRetailII = "OnlineRetailII";

    private static readonly (string Layout, string[] Names)[] Layouts =
    [
        (OnlineRetail, ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]),
        (OnlineRetailII, ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"]),
    ];

    /// <summary>
    /// Names of a column holding the time of day apart from the date (Square, SAP Business One, many tills), compared as
    /// header names are. Read, the time is added to a date-only InvoiceDate; unread, every line would load at midnight.
    /// </summary>
    private static readonly string[] TimeNames = ["InvoiceTime", "Time", "OrderTime", "TransactionTime"];

    private readonly ColumnNames _columnNames;

    private SourceLayout(string name, int[] ordinals, int? timeOrdinal, int headerWidth, int namedWidth, IReadOnlyList<string> extraColumns, IReadOnlyList<string> renamed, ColumnNames columnNames)
    {
        Name = name;
        TimeOrdinal = timeOrdinal;
        Renamed = renamed;
        _columnNames = columnNames;
        Ordinals = ordinals;
        HeaderWidth = headerWidth;
        NamedWidth = namedWidth;
        ExtraColumns = extraColumns;
    }

    public string Name { get; }

    /// <summary>The file's own column names read as the usual ones (<c>'Qty' as Quantity</c>), from <see cref="ColumnNames"/>.</summary>
    public IReadOnlyList<string> Renamed { get; }

    /// <summary>For the load summary after how the file was read (<c>, columns 'Qty' as Quantity</c>), or nothing.</summary>
    public string RenamedDescribed => DescribeRenamed(Renamed);

    /// <summary>Columns read under the file's own names, for the load summary (a workbook's sheets together).</summary>
    public static string DescribeRenamed(IReadOnlyList<string> renamed) => renamed.Count == 0 ? string.Empty : $", columns {string.Join(", ", renamed)}";

    /// <summary>
    /// Position of each <see cref="SourceColumn"/> in the row, indexed by the enum value; -1 for a column the user said
    /// the file lacks (<see cref="ColumnNames.MayBeAbsent"/>), whose lines have none of it.
    /// </summary>
    public IReadOnlyList<int> Ordinals { get; }

    public int HeaderWidth { get; }

    /// <summary>The header's width without its trailing unnamed columns (a header line ending in a delimiter).</summary>
    public int NamedWidth { get; }

    /// <summary>
    /// Whether a row of <paramref name="fieldCount"/> fields other than the header's width still lines up with it, in
    /// the two ways a trailing delimiter differs. The header ends in one and the row does not: the row has exactly the
    /// named columns — and, once rows of the header's full width have been seen (the file's rows do end in the
    /// delimiter), its last field holds a value, since a blank one there is more likely a row short of a field
    /// inside. Or the row ends in one and the header does not: the fields beyond the header are blank. Any other
    /// width stays WRONG_COLUMN_COUNT.
    /// </summary>
    /// <param name="fullWidthRowsSeen">Whether earlier rows of the file had the header's full width.</param>
    public bool FitsRow(int fieldCount, Func<int, bool> isBlankField, bool fullWidthRowsSeen = false)
    {
        if (fieldCount == HeaderWidth)
        {
            return true;
        }

        if (HeaderWidth > NamedWidth)
        {
            return fieldCount == NamedWidth && (!fullWidthRowsSeen || !isBlankField(fieldCount - 1));
        }

        for (var i = HeaderWidth; i < fieldCount; i++)
        {
            if (!isBlankField(i))
            {
                return false;
            }
        }

        return fieldCount > HeaderWidth;
    }

    public IReadOnlyList<string> ExtraColumns { get; }

    /// <summary>Position of the column holding the invoice time apart from its date, when the file has one.</summary>
    public int? TimeOrdinal { get; }

    /// <summary>The file's name for the time column, for notes.</summary>
    public string TimeColumnName { get; private init; } = "InvoiceTime";

    /// <summary>Whether the user named the time column (<c>--column InvoiceTime=…</c>), rather than its name being one of <see cref="TimeNames"/>.</summary>
    public bool TimeColumnNamed { get; private init; }

    public int this[SourceColumn column] => Ordinals[(int)column];

    /// <summary>True when <paramref name="header"/> holds every column of one of the layouts.</summary>
    /// <param name="columnNames">The file's own names for the columns, if any were given.</param>
    public static bool Matches(IReadOnlyList<string?> header, ColumnNames? columnNames = null) =>
        Closest(header, columnNames ?? ColumnNames.None).Missing.Count == 0;

    /// <summary>Detects the layout of <paramref name="header"/>; throws naming the file and the missing columns.</summary>
    /// <param name="columnNames">The file's own names for the columns, if any were given (<see cref="ColumnNames"/>).</param>
    public static SourceLayout Detect(IReadOnlyList<string?> header, string sourceName, ColumnNames? columnNames = null)
    {
        columnNames ??= ColumnNames.None;
        var names = header.Select(h => Normalise(h)).ToArray();
        var best = Closest(header, columnNames);
        if (best.Missing.Count > 0)
        {
            if (NotText(header) is { } kind)
            {
                throw new SourceFileException(sourceName, $"the file does not start with a header but with binary data ({kind}).");
            }

            RefuseOtherFormat(header, sourceName);

            var seen = string.Join(", ", header.Select(h => $"'{h}'"));
            if (seen.Length > MaxShown)
            {
                seen = $"{seen[..MaxShown]}… ({header.Count} columns)";
            }

            if (IsDataLine(header))
            {
                throw new SourceFileException(
                    sourceName,
                    $"the first line is data, not a header ({seen}): the file has no header row, as MySQL's INTO OUTFILE and bcp write it. " +
                    $"Add a first line naming its columns in the file's order — {string.Join(",", Layouts[0].Names)} for the UCI file's — and load it again.");
            }

            if (header.Count > 0 && header[0]?.TrimStart().StartsWith('#') == true)
            {
                throw new SourceFileException(
                    sourceName,
                    $"the first line is a note before the header, not the header ({seen}): remove the lines before the header and load it again. " +
                    "(A line starting with # is not taken for a comment: order numbers such as #1001 are data.)");
            }

            var notFound = best.Missing.Select(m => columnNames.GivenFor(m) is { } given ? $"'{given}' (given for {CanonicalName(m)})" : null).OfType<string>().ToList();
            var first = best.Names[(int)best.Missing[0]];
            throw new SourceFileException(
                sourceName,
                $"the header is not an Online Retail layout: missing column(s) {string.Join(", ", best.Missing.Select(m => best.Names[(int)m]))} " +
                $"(closest layout: {best.Layout}; header read: {seen})" +
                (notFound.Count > 0 ? $"; it has no column named {string.Join(", ", notFound)}" : string.Empty) +
                $". If the file names a column otherwise, say which is which: {ColumnOption(first, "<its name>")} (or Etl:Source:Columns:{first})" +
                (best.Missing.All(ColumnNames.MayBeAbsent.Contains)
                    ? $"; if it has none, say so and its lines will have none: {string.Join(" ", best.Missing.Select(m => SaidAbsentOption(best.Names[(int)m])))}."
                    : "."));
        }

        // A column named twice (Quantity and quantity, Country twice, or UnitPrice beside Online Retail II's Price) leaves
        // which one holds the data to a guess; a name the user gave for it settles it, if the header holds it once.
        for (var field = 0; field < best.Names.Length; field++)
        {
            var column = (SourceColumn)field;
            var mine = Enumerable.Range(0, names.Length).Where(i => columnNames.StandsFor(header[i], column)).ToList();
            var positions = mine.Count > 0 ? mine
                : Enumerable.Range(0, names.Length).Where(i => ColumnNamed(header[i]) == column && columnNames.ColumnOf(header[i]) is null).ToList();
            if (positions.Count > 1)
            {
                throw new SourceFileException(
                    sourceName,
                    $"the header names the {best.Names[field]} column {positions.Count} times ({string.Join(" and ", positions.Select(i => $"{header[i]?.Trim()} in column {i + 1}"))}): " +
                    "which one holds the data is not clear. Rename or remove the others.");
            }
        }

        var ordinals = best.Positions;
        var timeOrdinal = TimeColumn(header, ordinals, columnNames, sourceName);
        var renamed = ordinals.Select((at, field) => (at, field))
            .Where(x => x.at >= 0 && columnNames.StandsFor(header[x.at], (SourceColumn)x.field) && names[x.at] != Normalise(best.Names[x.field]))
            .Select(x => $"'{header[x.at]?.Trim()}' as {best.Names[x.field]}")
            .Concat(timeOrdinal is { } time ? [$"'{header[time]?.Trim()}' as the time of InvoiceDate"] : [])
            .Concat(ordinals.Select((at, field) => (at, field)).Where(x => x.at < 0).Select(x => $"none for {best.Names[x.field]}"))
            .ToList();
        var extras = header.Where((_, i) => !ordinals.Contains(i) && i != timeOrdinal).Select(h => h ?? string.Empty).ToList();
        var namedWidth = header.Count;
        while (namedWidth > 0 && string.IsNullOrWhiteSpace(header[namedWidth - 1]))
        {
            namedWidth--;
        }

        return new SourceLayout(best.Layout, ordinals, timeOrdinal, header.Count, namedWidth, extras, renamed, columnNames)
        {
            TimeColumnName = timeOrdinal is { } at ? header[at]?.Trim() ?? "InvoiceTime" : "InvoiceTime",
            TimeColumnNamed = timeOrdinal is { } named && columnNames.StandsFor(header[named], SourceColumn.InvoiceTime),
        };
    }

    /// <summary>
    /// Where the invoice time stands apart from the date: the column the user named for it (<c>--column
    /// InvoiceTime=Heure</c>), else one under a time column's name (<see cref="TimeNames"/>) that is none of the eight;
    /// null when the file has none. Two such columns leave which to read to a guess, and are refused.
    /// </summary>
    private static int? TimeColumn(IReadOnlyList<string?> header, int[] ordinals, ColumnNames columnNames, string sourceName)
    {
        if (columnNames.SaidAbsent(SourceColumn.InvoiceTime))
        {
            return null;
        }

        var mine = Enumerable.Range(0, header.Count).Where(i => columnNames.StandsFor(header[i], SourceColumn.InvoiceTime)).ToList();
        var positions = mine.Count > 0 ? mine
            : Enumerable.Range(0, header.Count)
                .Where(i => !ordinals.Contains(i) && columnNames.ColumnOf(header[i]) is null && ColumnNamed(header[i]) == SourceColumn.InvoiceTime)
                .ToList();
        if (positions.Count > 1)
        {
            throw new SourceFileException(
                sourceName,
                $"the header names a time column {positions.Count} times ({string.Join(" and ", positions.Select(i => $"{header[i]?.Trim()} in column {i + 1}"))}): " +
                "which one holds the invoice time is not clear. Rename or remove the others, or say which: --column InvoiceTime=<its name>.");
        }

        return positions.Count == 1 ? positions[0] : null;
    }

    /// <summary>
    /// Whether a data row is the header again (files joined end to end): its invoice number, quantity, date and price
    /// fields name those columns, in either layout's words or the file's own (<see cref="ColumnNames"/>).
    /// </summary>
    public bool IsHeaderAgain(Func<int, string?> field) =>
        RepeatedHeaderColumns.All(column => field(this[column]) is var name
            && (ColumnNamed(name) == column || _columnNames.StandsFor(name, column)));

    private static readonly SourceColumn[] RepeatedHeaderColumns =
        [SourceColumn.InvoiceNo, SourceColumn.Quantity, SourceColumn.InvoiceDate, SourceColumn.UnitPrice];

    /// <summary>The note of a row that is the header again.</summary>
    public const string HeaderAgainNote = "the header line again, inside the data (files joined end to end?)";

    /// <summary>How much of a header that is not a layout a message shows.</summary>
    private const int MaxShown = 300;

    /// <summary>
    /// What a "header" of control characters is (a zip, a gzip inside the gzip), or null when it reads as text: such
    /// bytes would print as noise in the message and the run's record.
    /// </summary>
    private static string? NotText(IReadOnlyList<string?> header)
    {
        var first = string.Join(",", header);
        if (!first.Any(c => (char.IsControl(c) && c is not '\t' and not '\r' and not '\n') || c == '\uFFFD'))
        {
            return null;
        }

        return first.StartsWith("PK\u0003\u0004", StringComparison.Ordinal) ? "a zip archive: an .xlsx workbook named or compressed as a CSV?"
            : first.StartsWith("\u001F\u008B", StringComparison.Ordinal) || first.StartsWith("\u001F\u2039", StringComparison.Ordinal) ? "a gzip file: compressed twice?"
            : first.StartsWith("\u00D0\u00CF\u0011\u00E0", StringComparison.Ordinal) ? "an OLE file: a legacy .xls workbook named as a CSV?"
            : "control characters where column names should be";
    }

    /// <summary>Refuses a "header" of another text format (<see cref="OtherFormat"/>), naming what the file is and what to do.</summary>
    public static void RefuseOtherFormat(IReadOnlyList<string?> header, string sourceName)
    {
        if (OtherFormat(header) is { } other)
        {
            throw new SourceFileException(sourceName, $"the file is {other.What}, not a CSV or an Excel workbook: {other.ToDo}");
        }
    }

    /// <summary>
    /// Whether a "header" is another text format: markup — web applications' "export to Excel" writes an HTML table named
    /// .xls (in any wrapper: html, table, div, meta), and Excel 2003 saved an XML spreadsheet; Excel opens both, so their
    /// users take them for workbooks — or JSON, which APIs and document stores export, named .csv or not.
    /// </summary>
    private static (string What, string ToDo)? OtherFormat(IReadOnlyList<string?> header)
    {
        var first = string.Join(",", header).TrimStart('\uFEFF', ' ', '\t');
        return first.StartsWith('<') && first.Contains('>')
            ? ("a web page or an XML file (a web application's \"export to Excel\", or an Excel 2003 XML spreadsheet?)",
                "open it in Excel and save it as .xlsx or .csv, then load that.")
            : first.StartsWith('{') || (first.StartsWith('[') && first.TrimStart('[', ' ') is "" or ['{', ..])
                ? ("JSON (one object per line, or an array of them)", "export the data as CSV, then load that.")
                : null;
    }

    /// <summary>
    /// Whether a "header" is a sales line: it names no column of either layout, and one of its values, split on any
    /// delimiter a file may use, reads as a date. A file without a header would otherwise be told to rename columns it
    /// does not name; a header with an extra column named 2011-12-31 is still a header.
    /// </summary>
    private static bool IsDataLine(IReadOnlyList<string?> header)
    {
        var line = string.Join(",", header);
        return !header.Any(name => ColumnNamed(name) is not null) && CsvDialectDetector.Delimiters.Any(delimiter => line.Split(delimiter).Any(value =>
            value.Trim().Trim('"') is { Length: >= 6 } text && char.IsAsciiDigit(text[0])
            && (FieldParsers.TryParseDate(text, DateOrder.MonthFirst, out _) || FieldParsers.TryParseDate(text, DateOrder.DayFirst, out _))));
    }

    /// <summary>
    /// The layout the header holds most of, with where each column stands (-1 when missing): at the file's own name for it
    /// if one was given and the header holds it, else at the layout's name.
    /// </summary>
    private static (string Layout, string[] Names, int[] Positions, List<SourceColumn> Missing) Closest(IReadOnlyList<string?> header, ColumnNames columnNames)
    {
        var names = header.Select(h => Normalise(h)).ToArray();
        return Layouts
            .Select(layout =>
            {
                var positions = layout.Names.Select((name, field) =>
                {
                    var mine = Enumerable.Range(0, header.Count).FirstOrDefault(i => columnNames.StandsFor(header[i], (SourceColumn)field), -1);
                    // A header name the user gave for another column is that column, whatever it usually means.
                    return mine >= 0 ? mine
                        : Enumerable.Range(0, header.Count).FirstOrDefault(i => names[i] == Normalise(name) && columnNames.ColumnOf(header[i]) is null, -1);
                }).ToArray();
                // A column the user said the file lacks is not missing: its lines have none of it.
                var missing = Enumerable.Range(0, positions.Length)
                    .Where(f => positions[f] < 0 && !columnNames.SaidAbsent((SourceColumn)f))
                    .Select(f => (SourceColumn)f)
                    .ToList();
                return (layout.Layout, layout.Names, positions, missing);
            })
            .OrderBy(candidate => candidate.missing.Count)
            .First();
    }

    /// <summary>
    /// The column a name stands for in either layout (<c>UnitPrice</c>, <c>price</c>, <c>Customer ID</c>), or the time
    /// column's (<c>InvoiceTime</c>, <c>Time</c>), or null.
    /// </summary>
    public static SourceColumn? ColumnNamed(string? name)
    {
        var normalised = Normalise(name);
        foreach (var (_, names) in Layouts)
        {
            var at = Array.FindIndex(names, n => Normalise(n) == normalised);
            if (at >= 0)
            {
                return (SourceColumn)at;
            }
        }

        return TimeNames.Any(n => Normalise(n) == normalised) ? SourceColumn.InvoiceTime : null;
    }

    /// <summary>The option that says a file has no such column, quoted for a shell when the name holds a space.</summary>
    private static string SaidAbsentOption(string name) => ColumnOption(name, string.Empty);

    /// <summary><c>--column Name=value</c>, quoted for a shell when the column's name holds a space.</summary>
    private static string ColumnOption(string name, string value) => name.Contains(' ') ? $"--column \"{name}={value}\"" : $"--column {name}={value}";

    /// <summary>The Online Retail layout's name for a column.</summary>
    public static string CanonicalName(SourceColumn column) => column == SourceColumn.InvoiceTime ? TimeNames[0] : Layouts[0].Names[(int)column];

    /// <summary>A layout's column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNamesOf(string layout) => Layouts.Single(l => l.Layout == layout).Names;

    /// <summary>Header names compare without case, spaces, underscores or a byte-order mark.</summary>
    internal static string Normalise(string? name) =>
        new((name ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '\uFEFF').Select(char.ToLowerInvariant).ToArray());
}
