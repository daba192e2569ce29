using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

/// <summary>The apps' own statements (src/*/Sql/&lt;dialect&gt;): T-SQL parses, and each dialect has every statement.</summary>
public sealed class AppSqlTests
{
    // Statements only the DuckDB store needs: its appender cannot fill a sequence, so rejects go through a temp table.
    private static readonly string[] DuckDbOnly = ["rejected_temp_create", "rejected_temp_publish"];

    private static IEnumerable<string> SqlFolders(string dialect) =>
        Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "src"))
            .Select(project => Path.Combine(project, "Sql", dialect))
            .Where(Directory.Exists);

    public static TheoryData<string> TSqlStatements()
    {
        var data = new TheoryData<string>();
        foreach (var path in SqlFolders("sqlserver").SelectMany(f => Directory.EnumerateFiles(f, "*.sql")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TSqlStatements))]
    public void App_TSql_statement_parses_without_errors(string path)
    {
        var errors = TSqlSchemaReader.ParseErrors(File.ReadAllText(Path.Combine(RepoPaths.Root, path)));

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void Every_app_statement_exists_in_both_dialects()
    {
        foreach (var project in Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "src")))
        {
            var duck = Names(Path.Combine(project, "Sql", "duckdb")).Except(DuckDbOnly);
            var tsql = Names(Path.Combine(project, "Sql", "sqlserver"));

            Assert.Equal(duck.Order(), tsql.Order());
        }
    }

    private static IEnumerable<string> Names(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.sql").Select(Path.GetFileNameWithoutExtension).OfType<string>() : [];
}
