using System.IO.Compression;
using System.Text;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// Files refused as a whole, and what the message says is wrong — the delimiter, a doubled column, binary data, no
/// header at all, a record too long — in the product's words, not a library's.
/// </summary>
public sealed class RefusalMessageTests : IDisposable
{
    private const string Row = "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom";

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    private static string Refusal(string path, SourceOptions? options = null) =>
        Assert.Throws<SourceFileException>(() => SourceReader.Read(SourceFile.Inspect(path), new CollectingSink(), options ?? new SourceOptions(), default)).Message;

    [Fact]
    public void A_column_named_twice_is_refused_naming_both_positions()
    {
        var path = TestData.WriteCsv(_files.File("twice.csv"), [TestData.OnlineRetailHeader + ",quantity", Row + ",7"]);

        var message = Refusal(path);

        Assert.Contains("twice.csv", message);
        Assert.Contains("the header names the Quantity column 2 times (Quantity in column 4 and quantity in column 9)", message);
    }

    [Fact]
    public void A_column_named_in_both_layouts_is_named_twice()
    {
        var path = TestData.WriteCsv(_files.File("both.csv"), [TestData.OnlineRetailHeader + ",Price", Row + ",2.75"]);

        Assert.Contains("the header names the UnitPrice column 2 times (UnitPrice in column 6 and Price in column 9)", Refusal(path));
    }

    [Fact]
    public void A_delimiter_given_is_blamed_over_a_sep_line_it_overrides()
    {
        var path = TestData.WriteCsv(_files.File("hinted.csv"), ["sep=;", TestData.OnlineRetailHeader.Replace(',', ';'), Row.Replace(',', ';')]);

        var message = Refusal(path, new SourceOptions { Delimiter = "," });

        Assert.Contains("when split on ',', but it is when split on ';': check --delimiter", message);
    }

    [Theory]
    [InlineData("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><table>")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<table border=1><tr><td>InvoiceNo</td>")]
    [InlineData("<div><table>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void A_web_page_or_an_xml_spreadsheet_named_as_a_workbook_is_named_for_what_it_is(string firstLine)
    {
        // Given what web applications write for "export to Excel", named .xls as they name it
        var path = TestData.WriteCsv(_files.File("export.xls"), [firstLine, "<tr><td>536365</td></tr>"]);
        var afterBlankLines = TestData.WriteCsv(_files.File("export2.xls"), ["", "  ", firstLine, "<tr><td>536365</td></tr>"]);
        Assert.Contains("the file is a web page or an XML file", Refusal(afterBlankLines));

        Assert.EndsWith(
            "the file is a web page or an XML file (a web application's \"export to Excel\", or an Excel 2003 XML spreadsheet?), not a CSV or an " +
            "Excel workbook: open it in Excel and save it as .xlsx or .csv, then load that.", Refusal(path));
    }

    [Theory]
    [InlineData("{\"InvoiceNo\": \"536365\", \"StockCode\": \"85123A\", \"Quantity\": 6}")]
    [InlineData("[{\"InvoiceNo\":\"536365\",\"Quantity\":6},")]
    [InlineData("[ {\"InvoiceNo\":\"536365\"")]
    [InlineData("[")]
    public void Json_named_as_a_csv_is_named_for_what_it_is(string firstLine)
    {
        var path = TestData.WriteCsv(_files.File("orders.csv"), [firstLine, "{\"InvoiceNo\": \"536366\"}"]);

        Assert.EndsWith("the file is JSON (one object per line, or an array of them), not a CSV or an Excel workbook: export the data as CSV, then load that.", Refusal(path));
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    [InlineData('|')]
    public void A_file_without_a_header_is_told_so_not_to_rename_its_columns(char delimiter)
    {
        // Given what MySQL's SELECT … INTO OUTFILE and bcp write: the lines, no header
        var path = TestData.WriteCsv(_files.File("outfile.txt"), [Row.Replace(',', delimiter), Row.Replace(',', delimiter)]);

        var message = Refusal(path);

        Assert.Contains("the first line is data, not a header (", message);
        Assert.Contains("Add a first line naming its columns in the file's order — InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country", message);
        Assert.DoesNotContain("--column", message);
    }

    [Fact]
    public void A_header_that_is_only_wrong_is_still_told_how_to_name_its_columns()
    {
        var path = TestData.WriteCsv(_files.File("own-names.csv"), ["Invoice,Item,Text,Qty,When,Each,Who,Where", Row]);
        var datedColumn = TestData.WriteCsv(_files.File("dated-column.csv"),
            ["InvoiceNo,StockCode,Description,Amount,InvoiceDate,UnitPrice,CustomerID,Country,2011-12-31", Row + ",1"]);

        var message = Refusal(path);

        Assert.Contains("missing column(s)", message);
        Assert.Contains("--column", message);
        Assert.Contains("missing column(s) Quantity", Refusal(datedColumn));
    }

    [Fact]
    public void A_note_before_the_header_is_named_as_such()
    {
        var path = TestData.WriteCsv(_files.File("preamble.csv"), ["# Exported by ShopX 2011-01-01", TestData.OnlineRetailHeader, Row]);

        var headerless = TestData.WriteCsv(_files.File("headerless.csv"), ["#1001,85123A,WHITE HANGING HEART,6,12/13/2010 8:26,2.55,17850,United Kingdom"]);

        Assert.Contains("the first line is a note before the header, not the header ('# Exported by ShopX 2011-01-01'): remove the lines before the header", Refusal(path));
        Assert.Contains("the first line is data, not a header", Refusal(headerless));
    }

    [Fact]
    public void A_path_longer_than_the_warehouse_records_is_refused_before_it_is_read()
    {
        // Given a file of a zip archive in deep folders, named by the archive's path and its own (SQL Server records 1,000 characters)
        var path = TestData.WriteCsv(_files.File("short.csv"), [TestData.OnlineRetailHeader, Row]);
        var deep = "/data/" + string.Join('/', Enumerable.Repeat(new string('x', 99), 10)) + "/export.zip/orders.csv";

        var refused = Assert.Throws<SourceFileException>(() => SourceFile.Inspect(path, shownAs: deep));

        Assert.Equal(deep, refused.File);
        Assert.Contains($"its path is {deep.Length:N0} characters long, more than the 1,000 the warehouse records", refused.Message);
        Assert.Equal(path, SourceFile.Inspect(path).Path);
    }

    [Fact]
    public void A_blank_first_line_is_no_header()
    {
        var path = TestData.WriteCsv(_files.File("blank.csv"), ["   ", TestData.OnlineRetailHeader, Row]);

        Assert.EndsWith("the file has no header: its first line is blank.", Refusal(path));
    }

    [Fact]
    public void Control_characters_a_file_holds_are_shown_as_pictures_in_a_refusal()
    {
        var message = new SourceFileException("f.csv", "InvoiceDate '12/14/2010 8:26\0\u001b[31mRED' is not a date").Message;

        Assert.Equal("f.csv: InvoiceDate '12/14/2010 8:26\u2400\u241b[31mRED' is not a date", message);
    }

    [Theory]
    [InlineData(";", false)]
    [InlineData(null, true)]
    public void A_delimiter_given_or_hinted_that_the_header_does_not_split_on_is_named_as_the_problem(string? delimiter, bool sepLine)
    {
        var lines = sepLine ? new[] { "sep=;", TestData.OnlineRetailHeader, Row } : [TestData.OnlineRetailHeader, Row];
        var path = TestData.WriteCsv(_files.File("commas.csv"), lines);

        var message = Refusal(path, new SourceOptions { Delimiter = delimiter });

        Assert.Contains("the header is not an Online Retail layout when split on ';', but it is when split on ','", message);
        Assert.Contains(sepLine ? "check the file's sep= line" : "check --delimiter", message);
    }

    [Fact]
    public void A_gzip_holding_a_workbook_is_named_as_binary_data_not_printed()
    {
        // Given a workbook's zip bytes compressed into a .csv.gz, as a mislabelled export is
        var path = _files.File("export.csv.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00 };
            gzip.Write([.. zip, .. Encoding.ASCII.GetBytes("[Content_Types].xml\n"), .. zip]);
        }

        var message = Refusal(path);

        Assert.Contains("binary data (a zip archive: an .xlsx workbook named or compressed as a CSV?)", message);
        Assert.DoesNotContain("\u0003", message);
    }

    [Fact]
    public void A_zip_archive_read_as_a_workbook_is_named_as_an_archive_with_what_it_holds_not_a_corrupt_workbook()
    {
        // Given the UCI download as it comes (a zip holding the workbook), and a zip of a CSV
        var workbook = TestData.WriteZip(_files.File("online+retail.zip"), [("Online Retail.xlsx", new string('x', 3000))]);
        var csvs = TestData.WriteZip(_files.File("exports.zip"),
            [("2011/", ""), .. Enumerable.Range(1, 7).Select(month => ($"2011/{month:00}.csv", TestData.OnlineRetailHeader + "\n" + Row))]);

        var one = Refusal(workbook);
        var many = Refusal(csvs);

        Assert.Equal(
            $"{workbook}: a zip archive, not an Excel workbook: it holds 'Online Retail.xlsx' (2.9 KB). `load` and `run` read the files of an archive; here, unzip it and read them one by one.",
            one);
        Assert.Contains("it holds '2011/01.csv' (", many);
        Assert.Contains("'2011/05.csv' (", many);
        Assert.Contains(" and 2 more. `load` and `run`", many);
        Assert.DoesNotContain("corrupt", many);
    }

    [Fact]
    public void A_libreoffice_spreadsheet_or_an_excel_binary_workbook_is_named_as_such_not_as_a_corrupt_workbook()
    {
        // Given the two other zip-based spreadsheets a user may save: an .ods names its kind in a "mimetype" entry, an
        // .xlsb is an Office package whose workbook part is binary
        var ods = TestData.WriteZip(_files.File("sales.ods"),
            [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "")]);
        var xlsb = TestData.WriteZip(_files.File("sales.xlsb"),
        [
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>"""),
            ("xl/workbook.bin", ""),
        ]);

        Assert.Equal($"{ods}: an OpenDocument spreadsheet (LibreOffice's .ods), not an Excel workbook: save it from LibreOffice as .xlsx (or .csv) and load that.", Refusal(ods));
        Assert.Equal($"{xlsb}: an Excel binary workbook (.xlsb), which the load does not read: save it from Excel as .xlsx (or .csv) and load that.", Refusal(xlsb));
    }

    [Fact]
    public void A_long_header_that_is_no_layout_is_shown_cut_short()
    {
        var path = TestData.WriteCsv(_files.File("wide.csv"), [string.Join(",", Enumerable.Range(1, 200).Select(i => $"column{i}")), "1"]);

        var message = Refusal(path);

        Assert.Contains("… (200 columns)", message);
        Assert.True(message.Length < 700, message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_of_nothing_but_a_byte_order_mark_or_an_empty_gzip_is_empty(bool gzip)
    {
        var path = _files.File(gzip ? "nothing.csv.gz" : "bom.csv");
        if (gzip)
        {
            using var empty = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        }
        else
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF]);
        }

        Assert.EndsWith("the file is empty (no header row).", Refusal(path));
    }

    [Fact]
    public void A_record_over_the_read_limit_is_named_by_its_file_row_and_size()
    {
        var path = TestData.WriteCsv(_files.File("long.csv"), [TestData.OnlineRetailHeader, Row, $"536366,22633,{new string('x', 1_100_000)},6,12/13/2010 8:28,1.85,17850,United Kingdom"]);

        var message = Refusal(path);

        Assert.Contains("long.csv, row 3: malformed CSV: a record longer than 1 MiB", message);
        Assert.DoesNotContain("MaxBufferSize", message);
    }
}
