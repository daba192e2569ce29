using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;

namespace ShopSmart.Cli.Query;

/// <summary>
/// The views a user may ask for by name: those the warehouse holds, described by the comment that opens the
/// migration script that defines each.
/// </summary>
public static partial class ViewCatalog
{
    public const string DefaultSchema = "mart";

    // Standard information schema: the same text runs on DuckDB and SQL Server.
    private const string ViewsSql = """
        SELECT TABLE_SCHEMA AS SchemaName, TABLE_NAME AS ViewName
        FROM INFORMATION_SCHEMA.TABLES
        WHERE TABLE_TYPE = 'VIEW' AND TABLE_SCHEMA IN ('mart', 'dw')
        """;

    public sealed record View(string Schema, string Name, string Description)
    {
        public string QualifiedName => $"{Schema}.{Name}";
    }

    /// <summary>The warehouse's views, mart first, by name.</summary>
    public static IReadOnlyList<View> List(DbConnection connection, WarehouseEngine engine)
    {
        var descriptions = Descriptions(Path.Combine(MigrationRunner.DefaultScriptsRoot, engine.Dialect, MigrationScripts.ViewsFolder));
        return connection.Query<(string SchemaName, string ViewName)>(ViewsSql)
            .Select(v => new View(v.SchemaName, v.ViewName, descriptions.GetValueOrDefault($"{v.SchemaName}.{v.ViewName}".ToLowerInvariant(), string.Empty)))
            .OrderBy(v => v.Schema == DefaultSchema ? 0 : 1)
            .ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The list as a result, so it prints in any format like a query's.</summary>
    public static DbDataReader AsResult(IEnumerable<View> views)
    {
        var table = new DataTable();
        table.Columns.Add("view", typeof(string));
        table.Columns.Add("description", typeof(string));
        foreach (var view in views)
        {
            table.Rows.Add(view.QualifiedName, view.Description);
        }

        return table.CreateDataReader();
    }

    /// <summary>
    /// The view a name typed by the user means (<c>v_sales_monthly</c> or <c>mart.v_sales_monthly</c>), or null when
    /// the warehouse has none by that name. Only listed views are ever put into SQL text.
    /// </summary>
    public static View? Find(IEnumerable<View> views, string typed)
    {
        var match = TypedName().Match(typed.Trim());
        if (!match.Success)
        {
            return null;
        }

        var schema = match.Groups["schema"].Success ? match.Groups["schema"].Value : DefaultSchema;
        var name = match.Groups["name"].Value;
        return views.FirstOrDefault(v =>
            string.Equals(v.Schema, schema, StringComparison.OrdinalIgnoreCase) && string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>View name (lower case, schema-qualified) → the comment lines that open its script.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions(string viewsFolder)
    {
        var descriptions = new Dictionary<string, string>();
        if (!Directory.Exists(viewsFolder))
        {
            return descriptions;
        }

        foreach (var path in Directory.EnumerateFiles(viewsFolder, "*.sql"))
        {
            var text = File.ReadAllText(path);
            var created = CreatedView().Match(text);
            var comment = string.Join(' ', text.Split('\n').Select(l => l.Trim())
                .TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal))
                .Select(l => l.TrimStart('-', ' ')));
            if (created.Success)
            {
                descriptions[created.Groups["name"].Value.ToLowerInvariant()] = comment;
            }
        }

        return descriptions;
    }

    [GeneratedRegex(@"^(?:(?<schema>[A-Za-z_][A-Za-z0-9_]*)\.)?(?<name>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex TypedName();

    [GeneratedRegex(@"CREATE\s+OR\s+(?:REPLACE|ALTER)\s+VIEW\s+(?<name>[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedView();
}
