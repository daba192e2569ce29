using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;

namespace ShopSmart.Tests.Support.Engines;

/// <summary>
/// A fresh, migrated warehouse on one engine for one test (a temp DuckDB file, or a new SQL Server database): the
/// engine for the app's own classes, the options that point the command-line apps at it, and Dapper helpers that take
/// test SQL written once with <c>@name</c> parameters in the subset both dialects share.
/// </summary>
public sealed partial class TestWarehouse(WarehouseEngine engine, IReadOnlyList<string> cliOptions, Action dispose) : IDisposable
{
    public WarehouseEngine Engine { get; } = engine;

    /// <summary>Options that point shopsmart / shopsmart-etl / shopsmart-modeling at this warehouse.</summary>
    public IReadOnlyList<string> CliOptions { get; } = cliOptions;

    public DbConnection Open() => Engine.OpenConnection();

    /// <summary>The test's SQL in this engine's parameter syntax: DuckDB names parameters $name, SQL Server @name.</summary>
    public string Sql(string sql) => Engine.Kind == EngineKind.DuckDb ? Parameter().Replace(sql, "$$$1") : sql;

    public T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = Open();
        return connection.ExecuteScalar<T>(Sql(sql), parameters)!;
    }

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Open();
        return connection.Query<T>(Sql(sql), parameters).ToList();
    }

    /// <summary>Runs shopsmart-etl with this warehouse's options after the given arguments.</summary>
    public CliRunner.Result Etl(params string[] args) => CliRunner.Etl([.. args, .. CliOptions]);

    public void Dispose() => dispose();

    [GeneratedRegex(@"(?<![@\w])@(\w+)")]
    private static partial Regex Parameter();
}
