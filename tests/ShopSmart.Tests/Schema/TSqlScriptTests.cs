using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

public sealed class TSqlScriptTests
{
    public static TheoryData<string> SqlServerScripts()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepoPaths.Migrations, "sqlserver");
        foreach (var path in Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SqlServerScripts))]
    public void TSql_migration_script_parses_without_errors(string script)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Migrations, "sqlserver", script));

        var errors = TSqlSchemaReader.ParseErrors(text);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void A_broken_TSql_script_is_caught_by_the_parser()
    {
        var errors = TSqlSchemaReader.ParseErrors("CREATE TABLE dw.t (a INT,, b INT);");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Every_migration_script_starts_with_a_comment_saying_what_it_is_for()
    {
        var uncommented = Directory.EnumerateFiles(RepoPaths.Migrations, "*.sql", SearchOption.AllDirectories)
            .Where(path => !File.ReadLines(path).First().TrimStart().StartsWith("--", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepoPaths.Migrations, path))
            .ToList();

        Assert.Empty(uncommented);
    }
}
