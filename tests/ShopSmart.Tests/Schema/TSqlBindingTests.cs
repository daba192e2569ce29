using ShopSmart.Tests.Schema.Binding;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

/// <summary>
/// Every T-SQL object and statement binds offline: each migration script against what the scripts before it created,
/// each app statement (src/*/Sql/sqlserver) against the migrated catalogue and against the parameters its C# passes.
/// </summary>
public sealed class TSqlBindingTests
{
    private static readonly Lazy<(TSqlCatalog Catalog, IReadOnlyList<BindError> Errors, IReadOnlyList<BindError> IntegerDivisions)> Migrated =
        new(() => TSqlCatalogBuilder.Build(Path.Combine(RepoPaths.Migrations, "sqlserver"), RepoPaths.Root));

    private static readonly Lazy<Dictionary<string, IReadOnlyList<StatementCall>>> CallsByProject = new(() =>
        Projects().ToDictionary(p => p, p => StatementCallScanner.Scan(p, StatementNames(p), RepoPaths.Root)));

    // Integer divisions the T-SQL means (T-SQL truncates int / int; DuckDB's / does not, so its script says so).
    private static readonly string[] IntendedIntegerDivisions =
    [
        "db/migrations/sqlserver/views/0160_v_customer_rfm.sql: (f_score + m_score + 1) / 2",
    ];

    public static TheoryData<string> MigrationScripts()
    {
        var root = Path.Combine(RepoPaths.Migrations, "sqlserver");
        return new TheoryData<string>(Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories)
            .Select(Relative).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> AppStatements() => new(AppStatementPaths());

    [Theory]
    [MemberData(nameof(MigrationScripts))]
    public void TSql_migration_script_binds_against_the_scripts_before_it(string script)
    {
        var errors = Migrated.Value.Errors.Where(e => e.Script == script).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_catalogue_holds_every_table_and_view_the_parity_test_reads()
    {
        // Functions are the rules behind views (dw.customer_activity_of); the parity test compares what both dialects
        // expose as tables and views.
        var catalog = Migrated.Value.Catalog.Objects.Where(o => o.Schema != "dbo" && o.Kind != "function").ToList();
        var scripted = TSqlSchemaReader.Read(Path.Combine(RepoPaths.Migrations, "sqlserver"));

        Assert.Equal(scripted.Keys.Order(StringComparer.OrdinalIgnoreCase), catalog.Select(o => o.QualifiedName.ToLowerInvariant()).Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(catalog, o => Assert.Equal(
            scripted[o.QualifiedName].Columns.Keys.Order(StringComparer.OrdinalIgnoreCase),
            o.Columns.Select(c => c.Name.ToLowerInvariant()).Order(StringComparer.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(AppStatements))]
    public void App_TSql_statement_binds_against_the_migrated_catalogue(string statement)
    {
        var binder = Bind(statement);

        Assert.True(binder.Errors.Count == 0, string.Join(Environment.NewLine, binder.Errors));
    }

    [Theory]
    [MemberData(nameof(AppStatements))]
    public void App_TSql_statement_gets_every_parameter_it_uses_from_each_CSharp_call(string statement)
    {
        var binder = Bind(statement);
        var project = Path.Combine(RepoPaths.Root, Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(statement)))!);
        var calls = CallsByProject.Value[project].Where(c => c.Statement == Path.GetFileNameWithoutExtension(statement)).ToList();

        var problems = ParameterCheck.Problems(statement, binder.Parameters, calls);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_SQL_Server_bulk_copy_sends_only_columns_its_table_has_and_all_it_needs()
    {
        var calls = BulkCopyScanner.Scan(Path.Combine(RepoPaths.Root, "src"), RepoPaths.Root);

        var problems = calls.SelectMany(c => BulkCopyCheck.Problems(c, Migrated.Value.Catalog)).ToList();

        // The SQL Server ETL stages through bulk copies: finding none means the scanner no longer recognises them.
        Assert.Contains(calls, c => c.Table == "stg.sales_line");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_integer_division_in_the_TSql_is_one_the_script_means()
    {
        var all = Migrated.Value.IntegerDivisions
            .Concat(AppStatementPaths().SelectMany(s => Bind(s).IntegerDivisions))
            .Select(d => $"{d.Script}: {d.Message}")
            .ToList();

        Assert.True(all.Order().SequenceEqual(IntendedIntegerDivisions.Order()),
            "integer divisions (or AVG of an integer) found: " + string.Join(Environment.NewLine, all)
            + Environment.NewLine + "T-SQL truncates these where DuckDB does not: CAST one side to FLOAT or DECIMAL, or list it here when it is meant.");
    }

    private static TSqlBinder Bind(string statement)
    {
        var binder = new TSqlBinder(Migrated.Value.Catalog.Clone(), statement);
        binder.BindText(File.ReadAllText(Path.Combine(RepoPaths.Root, statement)));
        return binder;
    }

    private static IEnumerable<string> AppStatementPaths() =>
        Projects().SelectMany(p => Directory.EnumerateFiles(Path.Combine(p, "Sql", "sqlserver"), "*.sql"))
            .Select(Relative).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Projects() =>
        Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "src"))
            .Where(p => Directory.Exists(Path.Combine(p, "Sql", "sqlserver")))
            .Order(StringComparer.Ordinal);

    private static HashSet<string> StatementNames(string project) =>
        Directory.EnumerateFiles(Path.Combine(project, "Sql", "sqlserver"), "*.sql")
            .Select(p => Path.GetFileNameWithoutExtension(p)).ToHashSet(StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');
}
