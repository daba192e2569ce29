using System.Text;
using Dapper;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

public sealed class TextEncodingTests
{
    [Fact]
    public void Utf8_with_stray_windows_1252_bytes_reads_each_as_the_character_it_stands_for()
    {
        // Given UTF-8 text (é as C3 A9) holding Windows-1252 bytes that are not UTF-8 (É = C9, È = C8)
        byte[] bytes = [.. "CAF"u8, 0xC9, .. " CR"u8, 0xC8, .. "ME "u8, 0xC3, 0xA9];

        // When it is decoded
        var text = Windows1252Fallback.Utf8.GetString(bytes);

        // Then both kinds of accent survive
        Assert.Equal("CAF\u00c9 CR\u00c8ME \u00e9", text);
    }

    [Fact]
    public void A_windows_1252_character_after_the_first_megabyte_of_an_ascii_file_is_read_right()
    {
        // Given a file that is plain ASCII for its first megabyte and then has one Windows-1252 accent
        using var folder = new TempDirectory();
        var path = folder.File("late-accent.csv");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.ASCII.GetBytes(TestData.OnlineRetailHeader + "\n"));
            for (var i = 0; file.Length < (1 << 20) + 1000; i++)
            {
                file.Write(Encoding.ASCII.GetBytes($"{536365 + i},85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom\n"));
            }

            file.Write([.. "999999,22633,CAF"u8, 0xC9, .. " HAND WARMER,6,12/13/2010 8:28,1.85,17850,France\n"u8]);
        }

        // When it is loaded
        using var warehouse = new DuckDbWarehouse();
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        // Then the accent is there, not a replacement character
        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal("CAF\u00c9 HAND WARMER", db.ExecuteScalar<string>("SELECT description_raw FROM dw.fact_sales WHERE invoice_no = '999999'"));
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_keeps_its_stray_windows_1252_accents()
    {
        // Given a UTF-8 file with a byte-order mark, an é in UTF-8 and an É written as the Windows-1252 byte C9
        using var folder = new TempDirectory();
        var path = folder.File("bom-and-1252.csv");
        File.WriteAllBytes(path,
        [
            0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(TestData.OnlineRetailHeader + "\n"),
            .. "536365,22633,CAF"u8, 0xC9, .. " HAND WARMER,6,12/13/2010 8:28,1.85,17850,France\n"u8,
            .. "536366,22634,CR"u8, 0xC3, 0xA9, .. "ME,6,12/13/2010 8:28,1.85,17850,France\n"u8,
        ]);

        using var warehouse = new DuckDbWarehouse();
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal(["CAF\u00c9 HAND WARMER", "CR\u00e9ME"], db.Query<string>("SELECT description_raw FROM dw.fact_sales ORDER BY invoice_no"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf32_file_with_its_byte_order_mark_loads(bool bigEndian)
    {
        using var folder = new TempDirectory();
        var path = folder.File("utf32.csv");
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(
            TestData.OnlineRetailHeader + "\n536365,22633,CAF\u00c9 HAND WARMER,6,12/13/2010 8:28,1.85,17850,France\n")]);

        using var warehouse = new DuckDbWarehouse();
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal("CAF\u00c9 HAND WARMER", db.ExecuteScalar<string>("SELECT description_raw FROM dw.fact_sales"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_without_a_byte_order_mark_loads(bool bigEndian)
    {
        // As SQL Server's bcp -w writes it: UTF-16 little-endian, no mark
        using var folder = new TempDirectory();
        var path = folder.File("bcp.csv");
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(
            TestData.OnlineRetailHeader + "\n536365,22633,CAF\u00c9 HAND WARMER,6,12/13/2010 8:28,1.85,17850,France\n"));

        using var warehouse = new DuckDbWarehouse();
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal("CAF\u00c9 HAND WARMER", db.ExecuteScalar<string>("SELECT description_raw FROM dw.fact_sales"));
    }

    [Fact]
    public void A_bcp_export_in_utf16_with_empty_strings_written_as_nul_loads_them_as_missing()
    {
        // bcp -w: UTF-16 little-endian, no mark, an empty string as one NUL character (a guest's CustomerID here)
        using var folder = new TempDirectory();
        var path = folder.File("bcp-guest.csv");
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(
            TestData.OnlineRetailHeader + "\n536365,22633,HAND WARMER,6,12/13/2010 8:28,1.85,\0,France\n"
            + "536366,22633,HAND WARMER,6,12/13/2010 8:29,1.85,17850,France\n"));

        using var warehouse = new DuckDbWarehouse();
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal([true, false], db.Query<bool>("SELECT is_missing_customer FROM dw.fact_sales ORDER BY invoice_no"));
        Assert.Equal(["17850"], db.Query<string>("SELECT customer_id FROM dw.dim_customer WHERE NOT is_unknown"));
    }
}
