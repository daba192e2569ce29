using ShopSmart.Core.Migrations;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// Builds the T-SQL catalogue by binding a dialect folder's migration scripts in the order <c>migrate</c> runs them
/// (<see cref="MigrationScripts"/>: tables/ then views/, each by name), so a view is bound against exactly what
/// exists when it is created.
/// </summary>
public static class TSqlCatalogBuilder
{
    /// <param name="dialectFolder">A folder with tables/ and views/ (db/migrations/sqlserver or a fixture).</param>
    /// <param name="displayRoot">Script names in errors are relative to this folder.</param>
    public static (TSqlCatalog Catalog, IReadOnlyList<BindError> Errors, IReadOnlyList<BindError> IntegerDivisions) Build(
        string dialectFolder, string displayRoot)
    {
        var catalog = new TSqlCatalog();

        // DbUp's journal, which migrate creates before it runs the first script (the scripts grant read on it).
        catalog.Put(new CatalogObject("dbo", MigrationRunner.JournalTable, "table",
        [
            new CatalogColumn("schemaversionsid", "int", IsNullable: false, IsIdentity: true),
            new CatalogColumn("scriptname", "nvarchar(255)", IsNullable: false),
            new CatalogColumn("applied", "datetime", IsNullable: false),
        ]));
        var errors = new List<BindError>();
        var divisions = new List<BindError>();
        foreach (var script in new MigrationScripts(dialectFolder).Load())
        {
            var name = script.Name.Split('@')[0];
            var binder = new TSqlBinder(catalog, Path.GetRelativePath(displayRoot, Path.Combine(dialectFolder, name)).Replace('\\', '/'));
            binder.BindText(script.Contents);
            errors.AddRange(binder.Errors);
            divisions.AddRange(binder.IntegerDivisions);
        }

        return (catalog, errors, divisions);
    }
}
