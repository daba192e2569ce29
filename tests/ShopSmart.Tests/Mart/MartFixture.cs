using System.Data.Common;
using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Mart;

/// <summary>
/// A migrated DuckDB warehouse holding a small hand-made data set, loaded through the ETL as a user would load it, so
/// every flag, key and rule code is what the ETL really writes. Its mart figures are worked out by hand in the tests.
/// Shared read-only by the tests of a class.
/// </summary>
/// <remarks>
/// The lines (line: invoice, time, customer, product, quantity x price = revenue, what it is):
/// <code>
///  1: 536001  2010-12-01 10:15 Wed  c1 P1  10 x  2.50 =  25.00  clean (UK)
///  2: 536001  2010-12-01 10:15 Wed  c1 P2   2 x 12.75 =  25.50  clean
///  3: 536001  2010-12-01 10:15 Wed  c1 P1  10 x  2.50 =  25.00  duplicate of line 1
///  4: 536002  2010-12-02 14:30 Thu  c2 P1   6 x  2.50 =  15.00  clean
///  5: 536003  2010-12-02 14:45 Thu  guest P2 1 x 12.75 = 12.75  clean, no customer, no description
///  6: 536101  2011-01-10 09:05 Mon  c1 P1  20 x  2.50 =  50.00  clean
///  7: 536101  2011-01-10 09:05 Mon  c1 P3   4 x  4.25 =  17.00  clean
///  8: C536150 2011-01-12 11:00 Wed  c1 P1  -4 x  2.50 = -10.00  cancellation of line 6
///  9: 536102  2011-01-20 16:20 Thu  c3 P2   8 x 12.75 = 102.00  clean (France)
/// 10: 536102  2011-01-20 16:20 Thu  c3 POST 1 x 18.00 =  18.00  non-product (France)
/// 11: 536201  2011-02-14 10:40 Mon  c1 P2   1 x 12.75 =  12.75  clean (part 2)
/// 12: 536201  2011-02-14 10:40 Mon  c1 P1 100 x  2.50 = 250.00  clean, the largest quantity (part 2)
/// </code>
/// Customers: c1 = 12345 and c2 = 12346 (United Kingdom), c3 = 12347 (France).
/// Products: P1 = 85123A, P2 = 22423, P3 = 21730, POST = postage (non-product).
/// Files: part 1 holds lines 1-10 and two rows the ETL quarantines (a BAD_DATE row worth 2 x 2.50 = 5.00 and a
/// BAD_QUANTITY row); part 2 holds lines 11-12 and a BAD_DATE row worth 3 x 1.50 = 4.50. Part 1 is loaded (batch 1),
/// part 2 (batch 2), then part 1 again with --force (batch 3; batch 1 stays on record as replaced).
/// </remarks>
public sealed class MartFixture : IDisposable
{
    public const string Header = TestData.OnlineRetailHeader;

    public static readonly string[] PartOne =
    [
        "536001,85123A,WHITE HANGING HEART T-LIGHT HOLDER,10,12/1/2010 10:15,2.50,12345,United Kingdom",
        "536001,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 10:15,12.75,12345,United Kingdom",
        "536001,85123A,WHITE HANGING HEART T-LIGHT HOLDER,10,12/1/2010 10:15,2.50,12345,United Kingdom",
        "536002,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/2/2010 14:30,2.50,12346,United Kingdom",
        "536003,22423,,1,12/2/2010 14:45,12.75,,United Kingdom",
        "536101,85123A,WHITE HANGING HEART T-LIGHT HOLDER,20,1/10/2011 9:05,2.50,12345,United Kingdom",
        "536101,21730,GLASS STAR FROSTED T-LIGHT HOLDER,4,1/10/2011 9:05,4.25,12345,United Kingdom",
        "C536150,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-4,1/12/2011 11:00,2.50,12345,United Kingdom",
        "536102,22423,REGENCY CAKESTAND 3 TIER,8,1/20/2011 16:20,12.75,12347,France",
        "536102,POST,POSTAGE,1,1/20/2011 16:20,18.00,12347,France",
        "536104,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,31/13/2011 10:00,2.50,12345,United Kingdom",
        "536105,85123A,WHITE HANGING HEART T-LIGHT HOLDER,nine,1/25/2011 10:00,2.50,12345,United Kingdom",
    ];

    public static readonly string[] PartTwo =
    [
        "536201,22423,REGENCY CAKESTAND 3 TIER,1,2/14/2011 10:40,12.75,12345,United Kingdom",
        "536201,85123A,WHITE HANGING HEART T-LIGHT HOLDER,100,2/14/2011 10:40,2.50,12345,United Kingdom",
        "536202,21731,RED TOADSTOOL LED NIGHT LIGHT,3,2/30/2011 11:00,1.50,12345,United Kingdom",
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    public MartFixture()
        : this(PartOne, PartTwo)
    {
    }

    private MartFixture(IReadOnlyList<string> partOne, IReadOnlyList<string> partTwo)
    {
        var one = TestData.WriteCsv(_warehouse.File("Online Retail part 1.csv"), [Header, .. partOne]);
        var two = TestData.WriteCsv(_warehouse.File("Online Retail part 2.csv"), [Header, .. partTwo]);
        Load(one);
        Load(two);
        Load(one, "--force");
    }

    /// <summary>
    /// A warehouse of its own loaded from the same files edited by <paramref name="partOne"/> and
    /// <paramref name="partTwo"/>: for a test that needs the data set changed a little without touching the one the
    /// other tests share. The caller disposes it.
    /// </summary>
    public static MartFixture WithVariation(
        Func<string[], IEnumerable<string>>? partOne = null, Func<string[], IEnumerable<string>>? partTwo = null) =>
        new([.. (partOne ?? (l => l))(PartOne)], [.. (partTwo ?? (l => l))(PartTwo)]);

    /// <summary>Rows of a query as column-name dictionaries (column names are case-insensitive).</summary>
    public IReadOnlyList<ViewRow> Query(string sql)
    {
        using var connection = _warehouse.Open();
        return connection.Query(sql)
            .Select(r => new ViewRow((IDictionary<string, object?>)r))
            .ToList();
    }

    public DbConnection Open() => _warehouse.Open();

    public void Dispose() => _warehouse.Dispose();

    private void Load(string path, params string[] options)
    {
        var result = CliRunner.Etl(["load", path, .. options, "--duckdb", _warehouse.Engine.DatabasePath]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The mart fixture did not load {path}: {result.Output}");
        }
    }
}
