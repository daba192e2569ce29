using System.IO.Compression;
using Dapper;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// A zip archive of data files — the UCI download as it comes, or exports zipped together — loads as the files it
/// holds, each its own batch named by the archive and its name inside it, through the real command line.
/// </summary>
public sealed class ZipArchiveLoadTests : IDisposable
{
    private const string December = "536365,85123A,WHITE HANGING HEART,6,12/13/2010 8:26,2.55,17850,United Kingdom";
    private const string January = "540001,71053,WHITE METAL LANTERN,4,1/14/2011 9:30,3.39,13047,France";

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private CliRunner.Result Etl(params string[] args) => CliRunner.Etl([.. args, "--duckdb", _warehouse.Engine.DatabasePath]);

    private string Zip(string name, params (string Name, string Text)[] members) => TestData.WriteZip(_warehouse.File(name), members);

    private static string Csv(string row) => TestData.OnlineRetailHeader + "\n" + row + "\n";

    // Only this class's tests copy members out (one at a time, xUnit runs a class's tests in turn): what they leave is new.
    private static string[] Copies() =>
        Directory.Exists(SourceArchive.CopyFolder) ? Directory.GetFiles(SourceArchive.CopyFolder) : [];

    [Fact]
    public void Each_data_file_of_the_archive_is_a_batch_named_by_the_archive_and_its_name_inside()
    {
        // Given exports zipped together, one in a folder of the archive, with a readme beside them
        var archive = Zip("exports.zip",
            ("2011/", ""), ("2011/01.csv", Csv(January)), ("2010-12.csv", Csv(December)), ("readme.txt", "exports"));

        var before = Copies();

        var result = Etl("load", archive);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("exports.zip: a zip archive of 2 data file(s), loaded in name order; not read in it: readme.txt", result.Output);
        Assert.Contains("Loading 2 file(s)", result.Output);
        Assert.Contains("Batch 2: exports.zip/2011/01.csv (OnlineRetail)", result.Output);
        using var db = _warehouse.Open();
        var batches = db.Query<(string File, long Rows)>("SELECT source_file, rows_loaded FROM etl.batch ORDER BY batch_id").ToList();
        var sep = Path.DirectorySeparatorChar;
        Assert.Equal([(archive + sep + "2010-12.csv", 1L), (archive + sep + "2011" + sep + "01.csv", 1L)], batches);
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        Assert.Equal(before, Copies());
    }

    [Fact]
    public void What_macOS_and_Excel_leave_in_a_zip_is_passed_over_in_silence()
    {
        // Given a zip made by the Finder (resource forks under __MACOSX/) holding a workbook's lock file too
        var archive = Zip("mac.zip",
            ("exports/a.csv", Csv(December)), ("__MACOSX/exports/._a.csv", "\0\u0005\u0016\u0007binary"),
            ("exports/.DS_Store", "x"), ("exports/~$book.xlsx", "lock"));

        var result = Etl("load", archive);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("mac.zip: a zip archive of 1 data file(s), loaded in name order", result.Output);
        Assert.DoesNotContain("__MACOSX", result.Output);
        Assert.DoesNotContain("not read in it", result.Output);
    }

    [Fact]
    public void A_member_damaged_in_the_archive_is_refused_not_loaded_altered()
    {
        // Given a stored (uncompressed) member with one byte changed after the archive recorded its CRC-32
        var archive = TestData.WriteZip(_warehouse.File("damaged.zip"), [("a.csv", Csv(December))], CompressionLevel.NoCompression);

        var bytes = File.ReadAllBytes(archive);
        var at = bytes.AsSpan().IndexOf("85123A"u8.ToArray());
        bytes[at] = (byte)'9';
        File.WriteAllBytes(archive, bytes);
        var before = Copies();

        var result = Etl("load", archive);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"damaged.zip{Path.DirectorySeparatorChar}a.csv: the file cannot be read out of the zip archive (damaged, or encrypted?)", result.Output);
        Assert.Contains("where the archive records", result.Output);
        using var db = _warehouse.Open();
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
        Assert.Equal(before, Copies());
    }

    [Fact]
    public void A_zip_of_no_data_beside_the_data_in_a_folder_is_passed_over_but_named_alone_is_refused()
    {
        var folder = Directory.CreateDirectory(_warehouse.File("exports")).FullName;
        TestData.WriteCsv(Path.Combine(folder, "2010-12.csv"), [TestData.OnlineRetailHeader, December]);
        File.Move(Zip("backup.zip", ("notes.txt", "notes")), Path.Combine(folder, "backup.zip"));

        var result = Etl("load", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Not read: backup.zip, a zip archive holding no .csv, .csv.gz, .xlsx or .xls file.", result.Output);
        Assert.Contains("Loading 1 file(s)", result.Output);
    }

    [Fact]
    public void A_file_loaded_from_the_archive_is_already_loaded_on_its_own_and_a_one_file_archive_unloads_it()
    {
        var alone = TestData.WriteCsv(_warehouse.File("2010-12.csv"), [TestData.OnlineRetailHeader, December]);
        var archive = Zip("download.zip", ("2010-12.csv", File.ReadAllText(alone)));

        var fromArchive = Etl("load", archive);
        var onItsOwn = Etl("load", alone);
        var unload = Etl("unload", archive);

        Assert.Equal(0, fromArchive.ExitCode);
        Assert.Contains("Already loaded as batch 1", onItsOwn.Output);
        Assert.Equal(0, unload.ExitCode);
        Assert.Contains("Unloaded batch 1", unload.Output);
        using var db = _warehouse.Open();
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
    }

    [Fact]
    public void A_bad_file_inside_the_archive_is_named_and_the_others_still_load()
    {
        var archive = Zip("mixed.zip", ("a.csv", Csv(December)), ("b.csv", "not,a,header\n1,2,3\n"), ("c.csv", Csv(January)));

        var result = Etl("load", archive);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"mixed.zip{Path.DirectorySeparatorChar}b.csv: the header is not an Online Retail layout", result.Output);
        Assert.Contains("1 of 3 file(s) not loaded", result.Output);
        using var db = _warehouse.Open();
        Assert.Equal(2L, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
    }

    [Fact]
    public void An_archive_without_data_files_and_a_several_file_archive_to_unload_are_refused_saying_why()
    {
        var empty = Zip("docs.zip", ("readme.txt", "nothing here"));
        var several = Zip("two.zip", ("a.csv", Csv(December)), ("b.csv", Csv(January)));
        Assert.Equal(0, Etl("load", several).ExitCode);

        var load = Etl("load", empty);
        var unload = Etl("unload", several);

        Assert.Equal(2, load.ExitCode);
        Assert.Contains("docs.zip: a zip archive holding no .csv, .csv.gz, .xlsx or .xls file.", load.Output);
        Assert.Equal(2, unload.ExitCode);
        Assert.Contains("two.zip: a zip archive of 2 data files, each loaded as a batch of its own", unload.Output);
    }

    [Fact]
    public void A_copy_a_killed_run_left_behind_is_removed_by_a_later_load_and_a_recent_one_is_left_alone()
    {
        // Given two copies as kill -9 leaves them: one two days old, one of a run that may still be loading
        Directory.CreateDirectory(SourceArchive.CopyFolder);
        var abandoned = Path.Combine(SourceArchive.CopyFolder, $"{Guid.NewGuid():N}.csv");
        var recent = Path.Combine(SourceArchive.CopyFolder, $"{Guid.NewGuid():N}.csv");
        var someoneElses = Path.Combine(SourceArchive.CopyFolder, "notes.txt"); // not a copy's name: never touched
        File.WriteAllText(abandoned, "old");
        File.WriteAllText(recent, "new");
        File.WriteAllText(someoneElses, "old");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - SourceArchive.AbandonedAfter - TimeSpan.FromHours(1));
        File.SetLastWriteTimeUtc(someoneElses, DateTime.UtcNow - SourceArchive.AbandonedAfter - TimeSpan.FromHours(1));

        try
        {
            var result = Etl("load", Zip("daily.zip", ("2010-12.csv", Csv(December))));

            Assert.Equal(0, result.ExitCode);
            Assert.False(File.Exists(abandoned));
            Assert.True(File.Exists(recent));
            Assert.True(File.Exists(someoneElses));
            if (!OperatingSystem.IsWindows())
            {
                // The folder the test made as anyone's is the user's alone once a load has used it.
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(SourceArchive.CopyFolder));
            }
        }
        finally
        {
            File.Delete(recent);
            File.Delete(someoneElses);
        }
    }

    [Fact]
    public void A_zip_whose_directory_is_damaged_is_named_and_the_other_files_still_load()
    {
        // Given a folder of a good export and a zip whose end record points at the wrong place for its directory (.NET
        // reads the directory only when it is first used)
        var folder = Directory.CreateDirectory(_warehouse.File("exports")).FullName;
        TestData.WriteCsv(Path.Combine(folder, "a.csv"), [TestData.OnlineRetailHeader, December]);
        var damaged = Path.Combine(folder, "b.zip");
        File.Copy(Zip("b.zip", ("b.csv", Csv(January))), damaged);
        var bytes = File.ReadAllBytes(damaged);
        bytes.AsSpan(bytes.Length - 6, 4).Fill(0); // the end record's directory offset (22-byte record, no comment)…
        bytes[^6] = 3;                               // …now 3
        File.WriteAllBytes(damaged, bytes);

        var result = Etl("load", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b.zip: not a readable zip archive or Excel workbook (corrupt or truncated?)", result.Output);
        Assert.Contains("1 of 2 file(s) not loaded", result.Output);
        using var db = _warehouse.Open();
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
    }

    [Fact]
    public void A_member_named_from_the_current_folder_is_read()
    {
        var result = Etl("load", Zip("dot.zip", ("./2010-12.csv", Csv(December))));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dot.zip: a zip archive of 1 data file(s)", result.Output);
    }

    [Fact]
    public void A_libreoffice_spreadsheet_is_no_archive_of_files()
    {
        // An .ods is a zip whose "mimetype" entry names it: read as an archive, it would hold no data file.
        var ods = Zip("sales.ods", ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>"));

        var result = Etl("load", ods);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sales.ods: an OpenDocument spreadsheet (LibreOffice's .ods), not an Excel workbook", result.Output);
        Assert.DoesNotContain("zip archive", result.Output);
    }

    [Fact]
    public void A_cut_off_zip_is_named_as_an_unreadable_archive_or_workbook()
    {
        var archive = Zip("cut.zip", ("a.csv", Csv(December) + new string('x', 5000)));
        var bytes = File.ReadAllBytes(archive);
        File.WriteAllBytes(archive, bytes[..(bytes.Length / 2)]);

        var result = Etl("load", archive);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cut.zip: not a readable zip archive or Excel workbook (corrupt or truncated?)", result.Output);
    }
}
