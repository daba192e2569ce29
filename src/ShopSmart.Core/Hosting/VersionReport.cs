using System.Reflection;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using ShopSmart.Core.Engines;

namespace ShopSmart.Core.Hosting;

/// <summary>What <c>--version</c> prints: the app's version, the runtime, and the engine libraries it carries.</summary>
public static class VersionReport
{
    public static IReadOnlyList<string> Lines(AppIdentity app) =>
    [
        $"{app.Name} {app.Version}".TrimEnd(),
        $".NET {Environment.Version}",
        $"DuckDB {DuckDbLibrary()} (DuckDB.NET {PackageVersion(typeof(DuckDBConnection).Assembly)})",
        $"SQL Server client: Microsoft.Data.SqlClient {PackageVersion(typeof(SqlConnection).Assembly)}",
    ];

    private static string DuckDbLibrary()
    {
        try
        {
            return DuckDbEngine.LibraryVersion();
        }
        catch (Exception ex) when (ex is DuckDBException or DllNotFoundException or BadImageFormatException)
        {
            return $"(native library not loadable: {ex.Message})";
        }
    }

    /// <summary>The package version an assembly was built as, without the source revision after '+'.</summary>
    private static string PackageVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
