namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// A column of a table or view as the T-SQL scripts declare it. Type is the declared type (<c>nvarchar(20)</c>) for
/// table columns and the inferred one, or empty when unknown, for view and query columns.
/// </summary>
public sealed record CatalogColumn(string Name, string Type, bool IsNullable = true, bool HasDefault = false, bool IsIdentity = false)
{
    /// <summary>An INSERT must name it: NOT NULL with nothing to fill it in (no default, no identity).</summary>
    public bool IsRequired => !IsNullable && !HasDefault && !IsIdentity;
}
