namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// A column of a table or view as the T-SQL scripts declare it. Type is the declared type (<c>nvarchar(20)</c>) for
/// table columns and the inferred one, or empty when unknown, for view and query columns. Collation is a text column's
/// declared collation (<see cref="DatabaseDefault"/> when it declares none), a query column's when it passes a column
/// through, and null when not text or not known.
/// </summary>
public sealed record CatalogColumn(
    string Name, string Type, bool IsNullable = true, bool HasDefault = false, bool IsIdentity = false, string? Collation = null)
{
    /// <summary>The collation of a text column declared without one: the database's, whatever the server has.</summary>
    public const string DatabaseDefault = "database_default";

    /// <summary>An INSERT must name it: NOT NULL with nothing to fill it in (no default, no identity).</summary>
    public bool IsRequired => !IsNullable && !HasDefault && !IsIdentity;
}
