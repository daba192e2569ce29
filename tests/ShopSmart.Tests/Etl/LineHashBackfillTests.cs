using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>A warehouse loaded before facts stored their line hash: the next load hashes the old lines first.</summary>
public sealed class LineHashBackfillTests : IDisposable
{
    private static readonly string[] First =
    [
        TestData.OnlineRetailHeader,
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
        "536365,71053,WHITE METAL LANTERN,6,12/13/2010 8:26,3.39,,United Kingdom",
        "536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,17850,",
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private CliRunner.Result Load(string path) => CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath);

    [Fact]
    public void Lines_loaded_before_hashes_were_stored_get_the_same_hash_and_are_still_recognised_as_loaded()
    {
        // Given a file loaded, then its hashes wiped as a warehouse from before the line_hash column would have them
        Load(TestData.WriteCsv(_warehouse.File("first.csv"), First));
        Dictionary<long, Guid> original;
        using (var db = _warehouse.Open())
        {
            original = db.Query<(long Key, Guid Hash)>("SELECT sales_line_key, line_hash FROM dw.fact_sales").ToDictionary(r => r.Key, r => r.Hash);
            db.Execute("UPDATE dw.fact_sales SET line_hash = NULL");
        }

        // When a second file repeating two of those lines (one a guest line, one without a country) and one new line is loaded
        var result = Load(TestData.WriteCsv(_warehouse.File("second.csv"), [First[0], First[2], First[3], "536367,22423,REGENCY CAKESTAND 3 TIER,1,12/13/2010 9:00,12.75,17850,United Kingdom"]));

        // Then the old lines have their hashes back, exactly as computed at load, and the repeated lines are duplicates
        Assert.Equal(0, result.ExitCode);
        using var check = _warehouse.Open();
        foreach (var (key, hash) in original)
        {
            Assert.Equal(hash, check.ExecuteScalar<Guid>("SELECT line_hash FROM dw.fact_sales WHERE sales_line_key = $key", new { key }));
        }

        Assert.Equal(2, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = 2 AND is_already_loaded"));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE line_hash IS NULL"));
    }

    [Fact]
    public void Migrating_from_the_hash_over_text_as_written_hands_back_only_padded_lines_and_a_trimmed_copy_is_then_known()
    {
        // Given a file with a description ending in a space (as a fifth of the UCI ones do), loaded by a version whose
        // hash took the text as written (its hash differed from the trimmed line's), the rehash script not yet run
        string[] lines =
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER ,6,12/13/2010 8:26,2.55,17850,United Kingdom",
            "536365,71053,WHITE METAL LANTERN,6,12/13/2010 8:26,3.39,17850,United Kingdom",
        ];
        Load(TestData.WriteCsv(_warehouse.File("first.csv"), lines));
        var oldHash = Guid.NewGuid();
        Guid unpadded;
        using (var db = _warehouse.Open())
        {
            db.Execute("UPDATE dw.fact_sales SET line_hash = $oldHash WHERE stock_code_raw = '85123A'", new { oldHash });
            unpadded = db.ExecuteScalar<Guid>("SELECT line_hash FROM dw.fact_sales WHERE stock_code_raw = '71053'");
            db.Execute("DELETE FROM schema_version WHERE script_name LIKE 'tables/0025_rehash_padded_lines.sql%'");
        }

        // When the warehouse is migrated
        Assert.True(new ShopSmart.Core.Migrations.MigrationRunner(_warehouse.Engine).Migrate().Successful);

        // Then the padded line's hash is handed back to the backfill, the other line's is kept
        using (var db = _warehouse.Open())
        {
            Assert.Null(db.ExecuteScalar<Guid?>("SELECT line_hash FROM dw.fact_sales WHERE stock_code_raw = '85123A'"));
            Assert.Equal(unpadded, db.ExecuteScalar<Guid>("SELECT line_hash FROM dw.fact_sales WHERE stock_code_raw = '71053'"));
        }

        // And a copy of the file trimmed by another tool is then known line for line
        var result = Load(TestData.WriteCsv(_warehouse.File("trimmed.csv"), lines.Select(l => l.Replace(" ,6,", ",6,"))));
        Assert.Equal(0, result.ExitCode);
        using var check = _warehouse.Open();
        Assert.Equal(2, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = 2 AND is_already_loaded"));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE line_hash IS NULL"));
    }

    [Fact]
    public void Facts_far_apart_in_key_order_all_get_their_hash()
    {
        // Given a loaded file, and a copy of one of its facts without a hash whose key lies several backfill ranges
        // further on (a big warehouse's keys, which the backfill reads a range at a time)
        Load(TestData.WriteCsv(_warehouse.File("first.csv"), First));
        using (var db = _warehouse.Open())
        {
            db.Execute("""
                INSERT INTO dw.fact_sales
                SELECT * REPLACE (sales_line_key + 600000 AS sales_line_key, NULL AS line_hash)
                FROM dw.fact_sales
                WHERE stock_code_raw = '22633'
                """);
            db.Execute("UPDATE dw.fact_sales SET line_hash = NULL WHERE stock_code_raw = '85123A'");
        }

        // When the next file is loaded
        var result = Load(TestData.WriteCsv(_warehouse.File("second.csv"), [First[0], "536367,22423,REGENCY CAKESTAND 3 TIER,1,12/13/2010 9:00,12.75,17850,United Kingdom"]));

        // Then every fact has its hash, the far copy the same as the line it copies
        Assert.Equal(0, result.ExitCode);
        using var check = _warehouse.Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE line_hash IS NULL"));
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(DISTINCT line_hash) FROM dw.fact_sales WHERE stock_code_raw = '22633'"));
        Assert.Equal(2, check.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE stock_code_raw = '22633'"));
    }
}
