using System.Collections.Concurrent;
using System.Reflection;

namespace ShopSmart.Core.Sql;

/// <summary>
/// Loads named SQL statements kept as embedded <c>Sql/&lt;dialect&gt;/&lt;name&gt;.sql</c> files, so each dialect's
/// text lives in its own file instead of in branches through the code.
/// </summary>
public sealed class SqlCatalog(Assembly assembly, string dialect)
{
    private static readonly ConcurrentDictionary<(Assembly, string), string> Cache = new();

    public string Get(string name) => Cache.GetOrAdd((assembly, $"{dialect}/{name}"), key => Read(key.Item1, key.Item2));

    private static string Read(Assembly assembly, string relativeName)
    {
        var resource = $"sql/{relativeName}.sql";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"SQL resource '{resource}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
