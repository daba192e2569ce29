using System.IO.Compression;
using System.Text;
using System.Xml;
using ClosedXML.Excel;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// The streaming OpenXML reader against ExcelDataReader on workbooks written by ClosedXML, and on packages written
/// part by part here to reach the corners of SpreadsheetML (inline and rich text, errors, 1904 dates, odd targets).
/// </summary>
public sealed class XlsxWorkbookRowsTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void A_ClosedXML_workbook_reads_the_same_through_both_readers()
    {
        using var folder = new TempDirectory();
        var path = folder.File("mixed.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var first = workbook.AddWorksheet("Orders");
            first.Cell("A1").Value = "Text";
            first.Cell("B1").Value = "Number";
            first.Cell("C1").Value = "Date";
            first.Cell("D1").Value = "Flag";
            first.Cell("E1").Value = "Gap";
            first.Cell("F1").Value = "Last";
            first.Cell("A2").Value = "WHITE HANGING HEART";
            first.Cell("B2").Value = 2.55;
            first.Cell("C2").Value = new DateTime(2010, 12, 1, 8, 26, 0);
            first.Cell("D2").Value = true;
            first.Cell("F2").Value = "UK";
            first.Cell("A3").Value = "WHITE HANGING HEART"; // the same shared string again
            first.Cell("B3").Value = -80995;
            first.Cell("C3").Value = new DateTime(2011, 12, 9, 12, 50, 0);
            first.Cell("D3").Value = false;
            first.Cell("E3").Style.Fill.BackgroundColor = XLColor.Yellow; // styled, empty
            // rows 4 and 5 skipped
            first.Cell("A6").Value = "after the gap";
            first.Cell("C6").Value = new DateTime(2011, 1, 1);
            first.Cell("C6").Style.DateFormat.Format = "dd/mm/yyyy";
            first.Cell("B7").Value = 12.5;
            first.Cell("B7").Style.NumberFormat.Format = "[Red]0.00";

            var second = workbook.AddWorksheet("Returns");
            second.Cell("A1").Value = "Only";
            second.Cell("B1").Value = "Sheet two";
            second.Cell("B3").Value = 536365;
            second.Cell("A4").Value = "C536379";
            workbook.SaveAs(path);
        }

        var fromExcelDataReader = ReadAll(ExcelDataReaderRows.Open(File.OpenRead(path)));
        var fromOpenXml = ReadAll(XlsxWorkbookRows.Open(File.OpenRead(path)));

        Assert.Equal(fromExcelDataReader.Count, fromOpenXml.Count);
        for (var i = 0; i < fromOpenXml.Count; i++)
        {
            Assert.Equal(fromExcelDataReader[i], fromOpenXml[i]);
        }

        Assert.Equal(
            ["Orders:1", "Orders:2", "Orders:3", "Orders:6", "Orders:7", "Returns:1", "Returns:3", "Returns:4"],
            fromOpenXml.Select(r => r.Split('|')[0]));
        Assert.Equal("Orders:2|WHITE HANGING HEART|2.55|2010-12-01T08:26:00.0000000|True|null|UK", fromOpenXml[1]);
        Assert.Equal("Orders:6|after the gap|null|2011-01-01T00:00:00.0000000", fromOpenXml[3]);
        Assert.Equal("Orders:7|null|12.5", fromOpenXml[4]);
    }

    [Fact]
    public void Inline_and_rich_text_errors_booleans_and_custom_dates_read_as_spreadsheet_values()
    {
        using var folder = new TempDirectory();
        var path = Package(folder.File("parts.xlsx"), workbookPr: string.Empty, sheetTarget: "/xl/worksheets/sheet1.xml", sheetData: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline</t></is></c></row>
            <row r="2">
              <c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></is></c>
              <c r="B2" t="str"><f>A1&amp;"x"</f><v>CR_x000D_LF</v></c>
              <c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>
              <c r="E2" t="b"><v>1</v></c>
              <c r="F2" s="1"><v>40513.5</v></c>
              <c r="G2" s="2"><v>40513.5</v></c>
              <c r="H2" s="3"><v>3</v></c>
            </row>
            <row r="4"><c t="inlineStr"><is><t></t></is></c><c t="n"><v>7</v></c><c r="D4" t="s"><v>2</v></c></row>
            <row r="5"><c r="A5" s="1"/><c r="B5"><v></v></c></row>
            """);

        using var rows = XlsxWorkbookRows.Open(File.OpenRead(path));

        Assert.Equal("Data", rows.SheetName);
        Assert.True(rows.Read());
        Assert.Equal(1, rows.RowNumber);
        Assert.Equal(["Shared", "Line\r2", "Inline"], Values(rows));
        Assert.True(rows.Read());
        Assert.Equal(2, rows.RowNumber);
        Assert.Equal(8, rows.FieldCount);
        Assert.Equal(
            ["Rich text", "CR\rLF", "#DIV/0!", null, true, new DateTime(2010, 12, 1, 12, 0, 0), 40513.5, new DateTime(1900, 1, 3)],
            Values(rows));
        Assert.Equal([false, false, true, false, false, false, false, false], Enumerable.Range(0, 8).Select(rows.IsError));
        Assert.True(rows.Read());
        Assert.Equal(4, rows.RowNumber);
        Assert.Equal([null, 7.0, null, "Ruby"], Values(rows).Take(4));
        Assert.True(rows.Read());
        Assert.Equal(5, rows.RowNumber);
        Assert.All(Values(rows), Assert.Null);
        Assert.False(rows.Read());
        Assert.True(rows.NextSheet());
        Assert.Equal("Empty sheet", rows.SheetName);
    }

    [Fact]
    public void A_number_cell_reads_as_an_xml_double_and_anything_else_in_it_stays_text()
    {
        // Given number cells as Excel writes them (exponent, sign, spaces around) and two a foreign writer might
        // leave: a decimal comma and a thousands separator
        using var folder = new TempDirectory();
        var path = Package(folder.File("numbers.xlsx"), workbookPr: string.Empty, sheetTarget: "/xl/worksheets/sheet1.xml", sheetData: """
            <row r="1"><c><v>1.5E-3</v></c><c><v>-7</v></c><c><v> 2.5 </v></c><c><v>1,5</v></c><c><v>1,234.5</v></c></row>
            """);

        // When the row is read
        using var rows = XlsxWorkbookRows.Open(File.OpenRead(path));
        Assert.True(rows.Read());

        // Then the doubles are numbers, and the comma values stay text for the row rules to judge (with grouping
        // allowed, "1,5" would have read as 15)
        Assert.Equal([0.0015, -7.0, 2.5, "1,5", "1,234.5"], Values(rows));
    }

    [Fact]
    public void Sheets_come_in_workbook_order_and_the_1904_date_system_is_honoured()
    {
        using var folder = new TempDirectory();
        var path = Package(folder.File("order.xlsx"), workbookPr: "<workbookPr date1904=\"1\"/>", sheetTarget: "worksheets/sheet1.xml", sheetData: """
            <row r="1"><c r="A1" s="1"><v>0</v></c></row>
            """);

        using var rows = XlsxWorkbookRows.Open(File.OpenRead(path));

        Assert.Equal("Data", rows.SheetName);
        Assert.True(rows.Read());
        Assert.Equal(new DateTime(1904, 1, 1), rows.GetValue(0));
        Assert.True(rows.NextSheet());
        Assert.Equal("Empty sheet", rows.SheetName);
        Assert.False(rows.Read());
        Assert.True(rows.NextSheet());
        Assert.Equal("Second part first", rows.SheetName);
        Assert.True(rows.Read());
        Assert.Equal("in sheet 0", rows.GetValue(0));
        Assert.False(rows.Read());
        Assert.False(rows.NextSheet());
    }

    [Fact]
    public void A_truncated_workbook_fails_with_a_data_exception()
    {
        using var folder = new TempDirectory();
        var whole = ExcelFixtures.OnlineRetailII(folder.File("whole.xlsx"), rowsPerSheet: 2000);
        var bytes = File.ReadAllBytes(whole);

        var ex = Record.Exception(() =>
        {
            using var rows = XlsxWorkbookRows.Open(new MemoryStream(bytes[..(bytes.Length / 2)]));
            do
            {
                while (rows.Read())
                {
                }
            }
            while (rows.NextSheet());
        });

        Assert.True(ex is InvalidDataException or XmlException or IOException, ex?.ToString());
    }

    [Fact]
    public void A_sheet_cut_short_inside_its_data_fails_with_an_xml_exception()
    {
        using var folder = new TempDirectory();
        var path = Package(folder.File("cut.xlsx"), workbookPr: string.Empty, sheetTarget: "worksheets/sheet1.xml", sheetData: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2", close: false);

        using var rows = XlsxWorkbookRows.Open(File.OpenRead(path));

        Assert.True(rows.Read());
        Assert.Throws<XmlException>(() => rows.Read());
    }

    [Fact]
    public void Error_cells_count_as_empty_for_the_source_reader_as_they_did_with_ExcelDataReader()
    {
        using var folder = new TempDirectory();
        var header = string.Concat("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>"));
        var path = Package(folder.File("errors.xlsx"), workbookPr: string.Empty, sheetTarget: "worksheets/sheet1.xml", otherSheetData: string.Empty, sheetData: $"""
            <row r="1">{header}</row>
            <row r="2"><c><v>536365</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c><v>6</v></c><c s="1"><v>40513.35138888889</v></c><c><v>2.55</v></c><c t="e"><v>#N/A</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            <row r="3"><c t="e"><v>#REF!</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c><v>6</v></c><c s="1"><v>40513.35138888889</v></c><c><v>2.55</v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            <row r="4"><c r="C4" t="e"><v>#N/A</v></c></row>
            """);
        var sink = new CollectingSink();

        var layout = ExcelSourceReader.Read(SourceFile.Inspect(path), sink);

        Assert.Equal(SourceLayout.OnlineRetail, layout.Name);
        var line = Assert.Single(sink.Lines);
        Assert.Equal(("Data", 2L, "536365", null as string, new DateTime(2010, 12, 1, 8, 26, 0)), (line.Sheet, line.RowNumber, line.InvoiceNo, line.CustomerId, line.InvoiceAt));
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(("Data", 3L, RejectReasons.MissingInvoice), (rejected.Sheet, rejected.RowNumber, rejected.ReasonCode));
        Assert.Equal(",85123A,HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom", rejected.RawValues);
    }

    [Fact]
    public void A_row_that_is_the_header_again_is_quarantined_as_such()
    {
        // Given a sheet into which a second export was pasted with its header
        using var folder = new TempDirectory();
        var header = string.Concat("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>"));
        var line = "<c><v>536365</v></c><c t=\"inlineStr\"><is><t>85123A</t></is></c><c t=\"inlineStr\"><is><t>HEART</t></is></c><c><v>6</v></c><c s=\"1\"><v>40513.35138888889</v></c><c><v>2.55</v></c><c><v>17850</v></c><c t=\"inlineStr\"><is><t>United Kingdom</t></is></c>";
        var path = Package(folder.File("pasted.xlsx"), workbookPr: string.Empty, sheetTarget: "worksheets/sheet1.xml", otherSheetData: string.Empty, sheetData: $"""
            <row r="1">{header}</row>
            <row r="2">{line}</row>
            <row r="3">{header}</row>
            <row r="4">{line}</row>
            """);
        var sink = new CollectingSink();

        ExcelSourceReader.Read(SourceFile.Inspect(path), sink);

        // Then both lines are read and the second header is quarantined, named for what it is
        Assert.Equal([2L, 4L], sink.Lines.Select(l => l.RowNumber));
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(("Data", 3L, RejectReasons.RepeatedHeader, SourceLayout.HeaderAgainNote), (rejected.Sheet, rejected.RowNumber, rejected.ReasonCode, rejected.Detail));
    }

    [Fact]
    public void A_formula_with_no_saved_result_or_an_error_is_named_as_such_and_a_row_of_them_is_not_skipped_as_empty()
    {
        // Given a workbook written without calculating (openpyxl writes a formula with an empty <v/>), beside a text
        // formula whose saved result is an empty string
        using var folder = new TempDirectory();
        var header = string.Concat("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>"));
        var path = Package(folder.File("formulas.xlsx"), workbookPr: string.Empty, sheetTarget: "worksheets/sheet1.xml", otherSheetData: string.Empty, sheetData: $"""
            <row r="1">{header}</row>
            <row r="2"><c><v>536365</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="str"><f>""</f><v></v></c><c><v>6</v></c><c s="1"><v>40513.35138888889</v></c><c><f>1+1.55</f><v></v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            <row r="3"><c r="D3"><f>2*3</f></c><c r="F3"><f>1+1.55</f></c></row>
            <row r="4"><c><v>536366</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c><c s="1"><v>40513.35138888889</v></c><c><v>2.55</v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            <row r="5"><c r="I5"><f>A4*2</f></c></row>
            <row r="6"><c><v>536367</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c><v>6</v></c><c t="d"><v>0050-01-01</v></c><c><v>2.55</v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            """);
        var sink = new CollectingSink();

        ExcelSourceReader.Read(SourceFile.Inspect(path), sink);

        // Then the price is said to be a formula without a result, the row of formulas only is quarantined, not skipped,
        // while a row whose only formula is in a column beyond the layout's is empty; a typed date of year 50 is out of range
        Assert.Empty(sink.Lines);
        Assert.Equal(
            [
                (2L, RejectReasons.BadPrice, "UnitPrice holds a formula with no saved result (the workbook was written by a program that does not calculate formulas, or a 0 in one that asks to be recalculated when opened; open it in Excel or LibreOffice and save it)"),
                (3L, RejectReasons.MissingInvoice, "InvoiceNo is empty"),
                (4L, RejectReasons.BadQuantity, "Quantity is a formula error (#DIV/0!), which counts as empty"),
                (6L, RejectReasons.BadDate, "InvoiceDate '0050-01-01 00:00:00' is outside 1990–2100 (50)"),
            ],
            sink.Rejected.Select(r => (r.RowNumber, r.ReasonCode, r.Detail)));
    }

    [Fact]
    public void Formula_results_a_workbook_asks_to_recalculate_are_not_taken_and_1904_serials_without_a_date_format_count_from_1904()
    {
        // Given what xlsxwriter writes for a Mac-style workbook: every formula saved with a result of 0 and the
        // workbook told to recalculate on load; and its dates as plain numbers, counted from 1904 (1 Dec 2010 08:26)
        using var folder = new TempDirectory();
        var header = string.Concat("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>"));
        const double Serial1904 = 39051.35138888889;
        var path = Package(folder.File("xlsxwriter.xlsx"), workbookPr: "<workbookPr date1904=\"1\"/><calcPr fullCalcOnLoad=\"1\"/>", sheetTarget: "worksheets/sheet1.xml", otherSheetData: string.Empty, sheetData: $"""
            <row r="1">{header}</row>
            <row r="2"><c><v>536365</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c><v>6</v></c><c><v>{Serial1904}</v></c><c><f>2.55*1</f><v>0</v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            <row r="3"><c><v>536366</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c><v>6</v></c><c><v>{Serial1904}</v></c><c><v>2.55</v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            <row r="4"><c><v>536367</v></c><c t="inlineStr"><is><t>85123A</t></is></c><c t="inlineStr"><is><t>HEART</t></is></c><c><v>6</v></c><c><v>{Serial1904}</v></c><c><f>I4*1</f><v>2.55</v></c><c><v>17850</v></c><c t="inlineStr"><is><t>United Kingdom</t></is></c></row>
            """);
        var sink = new CollectingSink();

        ExcelSourceReader.Read(SourceFile.Inspect(path), sink);

        // Then the formula's 0 is no price while a formula's true result (as EPPlus saves it) is one, and the plain serial
        // is 1 December 2010, not four years and a day earlier
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal((2L, RejectReasons.BadPrice), (rejected.RowNumber, rejected.ReasonCode));
        Assert.Contains("a 0 in one that asks to be recalculated when opened", rejected.Detail);
        Assert.Equal([3L, 4L], sink.Lines.Select(l => l.RowNumber));
        Assert.All(sink.Lines, line => Assert.Equal((new DateTime(2010, 12, 1, 8, 26, 0), 2.55m), (line.InvoiceAt, line.UnitPrice)));
    }

    [Fact]
    public void Rows_hidden_or_filtered_out_in_Excel_are_read_and_counted_aloud()
    {
        // Given a sheet whose second line is hidden (an autofilter hides rows so)
        using var folder = new TempDirectory();
        var header = string.Concat("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>"));
        string Line(int row, string invoice) => $"<c><v>{invoice}</v></c><c t=\"inlineStr\"><is><t>85123A</t></is></c><c t=\"inlineStr\"><is><t>HEART</t></is></c><c><v>6</v></c><c s=\"1\"><v>40513.35138888889</v></c><c><v>2.55</v></c><c><v>17850</v></c><c t=\"inlineStr\"><is><t>United Kingdom</t></is></c>";
        var path = Package(folder.File("filtered.xlsx"), workbookPr: string.Empty, sheetTarget: "worksheets/sheet1.xml", otherSheetData: string.Empty, sheetData: $"""
            <row r="1">{header}</row>
            <row r="2">{Line(2, "536365")}</row>
            <row r="3" hidden="1">{Line(3, "536366")}</row>
            """);
        var sink = new CollectingSink();

        ExcelSourceReader.Read(SourceFile.Inspect(path), sink);

        // Then both load, and the load says one was hidden
        Assert.Equal([2L, 3L], sink.Lines.Select(l => l.RowNumber));
        Assert.Contains("'Data' 2 rows (1 of them hidden or filtered out in Excel)", sink.Format);
    }

    [Fact]
    public void A_hidden_sheet_is_read_and_the_reader_says_which_sheets_it_read()
    {
        // Given a workbook with a visible sheet of data and a hidden one (old data kept out of sight)
        using var folder = new TempDirectory();
        var path = folder.File("hidden.xlsx");
        using (var book = new XLWorkbook())
        {
            foreach (var (name, rows) in new[] { ("Online Retail", 3), ("Old data", 2) })
            {
                var sheet = book.AddWorksheet(name);
                var header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country".Split(',');
                for (var c = 0; c < header.Length; c++)
                {
                    sheet.Cell(1, c + 1).Value = header[c];
                }

                for (var r = 0; r < rows; r++)
                {
                    sheet.Cell(r + 2, 1).Value = 536365 + r;
                    sheet.Cell(r + 2, 2).Value = "85123A";
                    sheet.Cell(r + 2, 3).Value = "HEART";
                    sheet.Cell(r + 2, 4).Value = 6;
                    sheet.Cell(r + 2, 5).Value = new DateTime(2010, 12, 1, 8, 26, 0);
                    sheet.Cell(r + 2, 6).Value = 2.55;
                    sheet.Cell(r + 2, 7).Value = 17850;
                    sheet.Cell(r + 2, 8).Value = "United Kingdom";
                }

                if (name == "Old data")
                {
                    sheet.Hide();
                }
            }

            book.SaveAs(path);
        }

        var sink = new CollectingSink();

        // When it is read
        ExcelSourceReader.Read(SourceFile.Inspect(path), sink);

        // Then both sheets' rows are read, and the reader says so, naming the hidden one
        Assert.Equal(5, sink.Lines.Count);
        Assert.Equal("from sheets 'Online Retail' 3 rows, 'Old data' (hidden in Excel) 2 rows", sink.Format);
    }

    [SkippableFact]
    public void The_full_UCI_workbook_reads_the_same_through_both_readers()
    {
        TestData.RequireShared(TestData.FullXlsx);
        using var expected = ExcelDataReaderRows.Open(File.OpenRead(TestData.FullXlsx));
        using var actual = XlsxWorkbookRows.Open(File.OpenRead(TestData.FullXlsx));

        long rows = 0;
        while (expected.Read())
        {
            Assert.True(actual.Read());
            Assert.Equal(expected.RowNumber, actual.RowNumber);
            Assert.Equal(expected.FieldCount, actual.FieldCount);
            for (var i = 0; i < expected.FieldCount; i++)
            {
                var (e, a) = (expected.GetValue(i), actual.GetValue(i));
                if (!Equals(e, a))
                {
                    Assert.Fail($"row {expected.RowNumber} column {i}: ExcelDataReader {Show(e)}, OpenXML {Show(a)}");
                }
            }

            rows++;
        }

        Assert.False(actual.Read());
        Assert.Equal(541_910, rows);
    }

    /// <summary>Every non-blank row as "sheet:row|value|value…", trailing empty cells dropped.</summary>
    private static List<string> ReadAll(IWorkbookRows rows)
    {
        var result = new List<string>();
        using (rows)
        {
            do
            {
                while (rows.Read())
                {
                    var values = Values(rows);
                    var width = values.Length;
                    while (width > 0 && values[width - 1] is null)
                    {
                        width--;
                    }

                    if (width > 0)
                    {
                        result.Add($"{rows.SheetName}:{rows.RowNumber}|" + string.Join('|', values.Take(width).Select(Show)));
                    }
                }
            }
            while (rows.NextSheet());
        }

        return result;
    }

    private static object?[] Values(IWorkbookRows rows) => Enumerable.Range(0, rows.FieldCount).Select(rows.GetValue).ToArray();

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => $"{f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}",
        _ => value.ToString() ?? "null",
    };

    /// <summary>
    /// A package with three sheets listed in this order: "Data" (the given sheet data, at the given target),
    /// "Empty sheet" and "Second part first" (part sheet0.xml); shared strings and styles with date formats.
    /// </summary>
    private static string Package(string path, string workbookPr, string sheetTarget, string sheetData, bool close = true, string otherSheetData = "<row><c t=\"inlineStr\"><is><t>in sheet 0</t></is></c></row>")
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""",
            ["_rels/.rels"] = $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<workbook xmlns="{Main}" xmlns:r="{RelNs}">{workbookPr}<sheets><sheet name="Data" sheetId="1" r:id="rId7"/><sheet name="Empty sheet" sheetId="2" r:id="rId8"/><sheet name="Second part first" sheetId="3" r:id="rId9"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="{RelNs}/worksheet" Target="worksheets/sheet0.xml"/><Relationship Id="rId7" Type="{RelNs}/worksheet" Target="{sheetTarget}"/><Relationship Id="rId8" Type="{RelNs}/worksheet" Target="worksheets/empty.xml"/><Relationship Id="rId2" Type="{RelNs}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""",
            ["xl/styles.xml"] = $"""<styleSheet xmlns="{Main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm"/><numFmt numFmtId="165" formatCode="[Red]0.00"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>""",
            ["xl/sharedStrings.xml"] = $"""<sst xmlns="{Main}" count="3" uniqueCount="3"><si><t>Shared</t></si><si><t>Line_x000D_2</t></si><si><r><t>Ru</t></r><r><rPr><i/></rPr><t>by</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si></sst>""",
            ["xl/worksheets/sheet1.xml"] = $"""<worksheet xmlns="{Main}"><sheetPr/><sheetData>{sheetData}""" + (close ? "</sheetData><pageMargins/></worksheet>" : string.Empty),
            ["xl/worksheets/empty.xml"] = $"""<worksheet xmlns="{Main}"><sheetData/></worksheet>""",
            ["xl/worksheets/sheet0.xml"] = $"""<worksheet xmlns="{Main}"><sheetData>{otherSheetData}</sheetData></worksheet>""",
        };
        return TestData.WriteZip(path, parts.Select(part => (part.Key, part.Value)));
    }
}
