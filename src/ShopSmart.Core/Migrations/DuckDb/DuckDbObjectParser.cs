using DbUp.Support;

namespace ShopSmart.Core.Migrations.DuckDb;

/// <summary>DuckDB quotes identifiers with double quotes, like PostgreSQL.</summary>
public sealed class DuckDbObjectParser() : SqlObjectParser("\"", "\"");
