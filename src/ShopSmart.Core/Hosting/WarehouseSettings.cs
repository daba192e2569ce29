using System.ComponentModel;
using ShopSmart.Core.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Core.Hosting;

/// <summary>Options every command shares: which warehouse to use. They override configuration and environment.</summary>
public class WarehouseSettings : CommandSettings
{
    [CommandOption("--engine <ENGINE>")]
    [Description("DuckDb or SqlServer (default: SqlServer when ConnectionStrings:SqlServer is set, else DuckDb).")]
    public string? Engine { get; init; }

    [CommandOption("--duckdb <PATH>")]
    [Description("DuckDB database file (default: out/shopsmart.duckdb).")]
    public string? DuckDbPath { get; init; }

    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("SQL Server connection string. Prefer the SHOPSMART_ConnectionStrings__SqlServer environment variable: a command line is visible to other users.")]
    public string? SqlServerConnectionString { get; init; }

    /// <summary>Refuses a wrong value as a usage error naming the option typed; subclasses add theirs to this.</summary>
    public override ValidationResult Validate() =>
        OptionValues.Check(
            string.Equals(Engine?.Trim(), "mssql", StringComparison.OrdinalIgnoreCase) ? null : OptionValues.EnumError<EngineKind>("--engine", Engine));

    public IDictionary<string, string?> ToConfigurationOverrides() => new Dictionary<string, string?>
    {
        ["ShopSmart:Engine"] = Engine,
        ["ShopSmart:DuckDbPath"] = DuckDbPath,
        ["ConnectionStrings:SqlServer"] = SqlServerConnectionString,
    };
}
