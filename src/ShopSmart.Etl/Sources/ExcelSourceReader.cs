using System.Globalization;
using System.Text;
using System.Xml;
using ExcelDataReader.Exceptions;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Streams every sheet of an Online Retail workbook (xlsx, or legacy xls) row by row, without loading the workbook
/// into memory: xlsx through <see cref="XlsxWorkbookRows"/>, xls through ExcelDataReader (the format is the one
/// <see cref="SourceFile.Inspect"/> read from the file's first bytes). Empty sheets are skipped; a sheet with data
/// must carry an Online Retail header in its first row that holds a value.
/// </summary>
public static class ExcelSourceReader
{
    public static SourceLayout Read(SourceFile file, ISourceSink sink, CancellationToken cancellationToken = default) =>
        Read(file, sink, new SourceOptions(), cancellationToken);

    /// <summary>
    /// Cells carry their own types; only dates written as text follow <c>--date-order</c>. Without it they are read
    /// month first, and a workbook whose text dates show otherwise is refused (<see cref="WorkbookTextDates"/>).
    /// </summary>
    public static SourceLayout Read(SourceFile file, ISourceSink sink, SourceOptions options, CancellationToken cancellationToken = default)
    {
        var dateOrder = options.DateOrderValue ?? DateOrder.MonthFirst;
        var textDates = new WorkbookTextDates(options.DateOrderValue);
        var currency = new PriceCurrency();
        var columnNames = options.ColumnNamesValue;
        using var stream = new FileStream(file.ReadPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        IWorkbookRows workbook;
        try
        {
            workbook = file.Format == SourceFormat.Xlsx ? XlsxWorkbookRows.Open(stream) : ExcelDataReaderRows.Open(stream);
        }
        catch (NotXlsxWorkbookException ex)
        {
            throw new SourceFileException(file.Path, ex.Message, inner: ex);
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or IOException or NotSupportedException or XmlException)
        {
            var what = file.Path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? "zip archive or Excel workbook" : "Excel workbook";
            throw new SourceFileException(file.Path, $"not a readable {what} (corrupt or truncated?): {ex.Message}", inner: ex);
        }

        SourceLayout? firstLayout = null;
        var read = new List<(string Name, string Shown, IReadOnlyList<string> Renamed)>();
        var passedOver = new List<string>();
        var readAny = false;
        var passedOverData = false;
        using (workbook)
        {
            try
            {
                do
                {
                    if (!options.ReadsSheet(workbook.SheetName))
                    {
                        passedOver.Add($"'{workbook.SheetName}'");
                        passedOverData = passedOverData || HasData(workbook);
                        continue;
                    }

                    readAny = true;
                    var layout = ReadSheet(file, workbook, sink, dateOrder, textDates, currency, columnNames, options.Sheets.Count > 0, cancellationToken, out var rows, out var hiddenRows);
                    firstLayout ??= layout;
                    if (layout is not null)
                    {
                        var hiddenNote = hiddenRows > 0
                            ? string.Create(CultureInfo.InvariantCulture, $" ({hiddenRows:N0} of them hidden or filtered out in Excel)")
                            : string.Empty;
                        read.Add((workbook.SheetName, string.Create(CultureInfo.InvariantCulture,
                            $"'{workbook.SheetName}'{(workbook.SheetHidden ? " (hidden in Excel)" : string.Empty)} {rows:N0} rows{hiddenNote}"), layout.Renamed));
                    }
                }
                while (workbook.NextSheet());
            }
            catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or IOException or XmlException)
            {
                throw new SourceFileException(file.Path, $"the workbook could not be read to the end (corrupt or truncated?): {ex.Message}", inner: ex);
            }
        }

        if (options.Sheets.Count > 0 && !readAny)
        {
            var named = options.Sheets.Count == 1 ? $"no sheet named '{options.Sheets[0].Trim()}'" : $"none of the sheets named ({string.Join(", ", options.Sheets.Select(n => $"'{n.Trim()}'"))})";
            throw new SourceFileException(file.Path, $"the workbook has {named} (--sheet, or Etl:Source:Sheets): its sheets are {string.Join(", ", passedOver)}.");
        }

        if (options.Sheets.Count > 0)
        {
            sink.SheetsRead([.. read.Select(r => r.Name)], whole: !passedOverData);
        }

        textDates.Verify(file.Path);
        // Every sheet with data is read, a hidden one too (a sheet of data is never passed over in silence): say which,
        // and which sheets --sheet left out.
        var notRead = passedOver.Count == 0 ? string.Empty : $"; not read (--sheet): {string.Join(", ", passedOver)}";
        // Columns read under the file's own names, once when every sheet reads them alike, else after each sheet (a time
        // column one sheet has and another lacks).
        var renamed = read.SelectMany(r => r.Renamed).Distinct().ToList();
        var alike = read.All(r => r.Renamed.SequenceEqual(renamed));
        var described = read.Select(r => alike || r.Renamed.Count == 0 ? r.Shown : $"{r.Shown} ({SourceLayout.DescribeRenamed(r.Renamed)[2..]})");
        sink.Describe($"from sheet{(read.Count == 1 ? string.Empty : "s")} {string.Join(", ", described)}{currency.Described}{(alike ? SourceLayout.DescribeRenamed(renamed) : string.Empty)}{notRead}");
        currency.Tell(sink);
        return firstLayout ?? throw new SourceFileException(file.Path, "the workbook has no sheet with data.");
    }

    /// <param name="read">The data rows of the sheet passed to the sink, loaded or quarantined.</param>
    private static SourceLayout? ReadSheet(
        SourceFile file, IWorkbookRows rows, ISourceSink sink, DateOrder dateOrder, WorkbookTextDates textDates, PriceCurrency currency,
        ColumnNames columnNames, bool sheetsNamed, CancellationToken cancellationToken,
        out long read, out long hidden)
    {
        read = hidden = 0;
        var sheet = rows.SheetName;

        // The header is the sheet's first row with a value (a sheet may start with blank rows); an empty sheet is
        // skipped. Whatever that row holds must be an Online Retail header, or the file is refused naming the sheet:
        // a sheet of data is never passed over in silence.
        string?[] header;
        do
        {
            if (!rows.Read())
            {
                return null;
            }

            header = RowTexts(rows);
        }
        while (header.All(string.IsNullOrWhiteSpace));

        var headerRow = rows.RowNumber;
        if (!SourceLayout.Matches(header, columnNames))
        {
            RefuseTitleBlock(rows, file, sheet, headerRow, header, columnNames);
        }

        SourceLayout layout;
        try
        {
            layout = SourceLayout.Detect(header, $"{file.Path} [sheet '{sheet}']", columnNames);
        }
        catch (SourceFileException ex) when (!sheetsNamed && !SourceLayout.Matches(header, columnNames))
        {
            // A workbook's other sheet is often no data at all (a summary, a pivot table): the way past it is to name
            // the sheets to read.
            throw new SourceFileException(ex.File,
                $"{ex.Problem} If the sheet holds no sales lines (a summary, a pivot table), read only the others: --sheet <name> (or Etl:Source:Sheets).", ex.Row, ex);
        }

        Func<string?, bool> isMissingWord = sink.IsMissingWord; // once, not a delegate per row
        Func<string> rawText = () => RawText(rows);
        var mayHoldNul = file.Format != SourceFormat.Xlsx;
        while (rows.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsEmptyRow(rows, layout))
            {
                continue;
            }

            var fields = new LineFields
            {
                Sheet = sheet,
                RowNumber = rows.RowNumber,
                InvoiceNo = FieldParsers.NormaliseIdentifier(AsText(Value(rows, layout[SourceColumn.InvoiceNo]))),
                StockCode = FieldParsers.AsWritten(FieldParsers.WithoutTextMark(AsText(Value(rows, layout[SourceColumn.StockCode])))),
                Description = FieldParsers.AsWritten(AsText(Value(rows, layout[SourceColumn.Description]))),
                CustomerId = FieldParsers.NormaliseIdentifier(AsText(Value(rows, layout[SourceColumn.CustomerId]))),
                Country = FieldParsers.CleanText(AsText(Value(rows, layout[SourceColumn.Country]))),
                MayHoldNul = mayHoldNul,
            };
            ReadQuantity(Value(rows, layout[SourceColumn.Quantity]), ref fields);
            ReadPrice(Value(rows, layout[SourceColumn.UnitPrice]), currency, ref fields);
            var date = Value(rows, layout[SourceColumn.InvoiceDate]);
            if (date is null)
            {
                fields.DateError = NoValue(rows, layout[SourceColumn.InvoiceDate], "InvoiceDate");
            }

            if (fields.Quantity is null && fields.QuantityError is null)
            {
                fields.QuantityError = NoValue(rows, layout[SourceColumn.Quantity], "Quantity");
            }

            if (fields.UnitPrice is null && fields.PriceError is null)
            {
                fields.PriceError = NoValue(rows, layout[SourceColumn.UnitPrice], "UnitPrice");
            }

            if (date is string text)
            {
                textDates.Add(sheet, rows.RowNumber, text);
            }

            ReadDate(date, dateOrder, rows.Date1904, ref fields);
            if (date is DateTime or double && fields.InvoiceAt is { } cellDate)
            {
                textDates.AddCell(sheet, rows.RowNumber, cellDate);
            }

            if (layout.TimeOrdinal is { } timeAt)
            {
                InvoiceTimes.AddTo(ref fields, Value(rows, timeAt), dateOrder, layout.TimeColumnName, layout.TimeColumnNamed, isMissingWord);
            }

            read++;
            hidden += rows.RowHidden ? 1 : 0;
            if (fields.QuantityError is not null && layout.IsHeaderAgain(i => AsText(Value(rows, i))))
            {
                sink.Reject(new RejectedLine(sheet, rows.RowNumber, RejectReasons.RepeatedHeader, SourceLayout.HeaderAgainNote, RawText(rows), null));
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

        return layout;
    }

    private static void ReadQuantity(object? value, ref LineFields fields)
    {
        switch (value)
        {
            case null:
            case string s when string.IsNullOrWhiteSpace(s):
                return;
            case double d when FieldParsers.ReadQuantity(d, out var fromNumber) is var read:
                // The cell's text only for the note: formatting every number costs the sheet's read a tenth.
                if (read == NumberRead.Ok)
                {
                    fields.Quantity = fromNumber;
                }
                else
                {
                    fields.SetQuantity(read, fromNumber, AsText(value));
                }

                return;
            case string s:
                fields.SetQuantity(FieldParsers.ReadQuantity(s, DecimalMark.Point, out var fromText), fromText, s);
                return;
            default:
                fields.SetQuantity(NumberRead.NotANumber, 0, AsText(value));
                return;
        }
    }

    private static void ReadPrice(object? value, PriceCurrency currency, ref LineFields fields)
    {
        switch (value)
        {
            case null:
            case string s when string.IsNullOrWhiteSpace(s):
                return;
            case double d when FieldParsers.ReadPrice(d, out var fromNumber) is var read:
                if (read == NumberRead.Ok)
                {
                    fields.UnitPrice = fromNumber;
                }
                else
                {
                    fields.SetPrice(read, fromNumber, AsText(value), "a number");
                }

                return;
            case string s:
                currency.Read(ref fields, s, DecimalMark.Point, "a number");
                return;
            default:
                fields.SetPrice(NumberRead.NotANumber, 0, AsText(value), "a number");
                return;
        }
    }

    private static void ReadDate(object? value, DateOrder order, bool date1904, ref LineFields fields)
    {
        switch (value)
        {
            case null:
                return;
            // Outside the years first: a typed date before the year 100 has no serial (ToOADate throws).
            case DateTime dt when !FieldParsers.InYears(dt):
                fields.DateError = FieldParsers.OutsideYears(AsText(dt)!, dt);
                return;
            case DateTime dt when FieldParsers.TryFromExcelSerial(dt.ToOADate(), out var rounded):
                fields.InvoiceAt = rounded;
                return;
            case double serial when FieldParsers.TryFromExcelSerial(date1904 ? serial + ExcelSerial.Days1904 : serial, out var fromSerial):
                fields.InvoiceAt = fromSerial;
                return;
            case string s when FieldParsers.TryParseDate(s, order, out var parsed):
                fields.InvoiceAt = parsed;
                return;
            case string s when string.IsNullOrWhiteSpace(s):
                return;
            case string s:
                fields.DateError = FieldParsers.DateProblem(s, order, forms: null);
                return;
            default:
                fields.DateError = $"InvoiceDate '{AsText(value)}' is not a date";
                return;
        }
    }

    /// <summary>
    /// Refuses a sheet whose header stands a few rows down, under a title block (a report's title, a note, merged group
    /// headings): naming the row the columns are on is the help such a user needs, not the names of the columns. When no
    /// row of the next few is a header, the caller names the missing columns as for any other.
    /// </summary>
    private static void RefuseTitleBlock(IWorkbookRows rows, SourceFile file, string sheet, long firstRow, string?[] first, ColumnNames columnNames)
    {
        for (var looked = 0; looked < TitleBlockRows && rows.Read(); looked++)
        {
            if (SourceLayout.Matches(RowTexts(rows), columnNames))
            {
                var title = string.Join(" ", first.Where(v => !string.IsNullOrWhiteSpace(v)));
                title = title.Length > 80 ? title[..80] + "…" : title;
                throw new SourceFileException($"{file.Path} [sheet '{sheet}']", string.Create(CultureInfo.InvariantCulture,
                    $"the header is on row {rows.RowNumber}, under rows that are no data (row {firstRow}: '{title}'): remove the rows above the header (a title block?) and load it again."));
            }
        }
    }

    /// <summary>Whether the current sheet holds a value in any row (read as far as its first one): an empty sheet left out is no choice.</summary>
    private static bool HasData(IWorkbookRows rows)
    {
        while (rows.Read())
        {
            if (RowTexts(rows).Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The current row's cells as text, as a header is read.</summary>
    private static string?[] RowTexts(IWorkbookRows rows) =>
        [.. Enumerable.Range(0, rows.FieldCount).Select(i => Convert.ToString(Value(rows, i), CultureInfo.InvariantCulture))];

    /// <summary>Rows under a sheet's first row with a value looked at for a header below a title block.</summary>
    private const int TitleBlockRows = 10;

    /// <summary>
    /// Why a number or date cell that counts as empty has no value, when it is not blank: a formula error, or a formula
    /// with no saved result; null otherwise.
    /// </summary>
    private static string? NoValue(IWorkbookRows rows, int ordinal, string column) =>
        rows.IsError(ordinal)
            ? $"{column} is a formula error ({AsText(rows.GetValue(ordinal)) ?? "#N/A"}), which counts as empty"
            : rows.IsUncalculated(ordinal)
                ? $"{column} holds a formula with no saved result (the workbook was written by a program that does not " +
                  "calculate formulas, or a 0 in one that asks to be recalculated when opened; open it in Excel or LibreOffice and save it)"
                : null;

    /// <summary>
    /// No value in any cell, and no formula without a result in the layout's columns: a helper column of formulas
    /// filled down past the data does not make its rows data.
    /// </summary>
    private static bool IsEmptyRow(IWorkbookRows rows, SourceLayout layout)
    {
        for (var i = 0; i < rows.FieldCount; i++)
        {
            if (Value(rows, i) is { } v && !(v is string s && string.IsNullOrWhiteSpace(s)))
            {
                return false;
            }
        }

        foreach (var ordinal in layout.Ordinals)
        {
            if (ordinal >= 0 && rows.IsUncalculated(ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cell's value, an error cell (#N/A, #DIV/0!…) counting as empty as it always has.</summary>
    /// <summary>A cell's value; none for a column the file lacks (position -1, <see cref="ColumnNames.MayBeAbsent"/>).</summary>
    private static object? Value(IWorkbookRows rows, int ordinal) => ordinal < 0 || rows.IsError(ordinal) ? null : rows.GetValue(ordinal);

    /// <summary>A cell as the text a user sees: whole numbers without ".0", dates in ISO form.</summary>
    private static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => FieldParsers.NumberAsIdentifier(d),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string RawText(IWorkbookRows rows)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < rows.FieldCount; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(AsText(Value(rows, i)));
        }

        return builder.ToString();
    }
}
