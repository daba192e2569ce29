using System.Data.Common;
using System.Reflection;
using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;
using ShopSmart.ExcelExport.Commands;

namespace ShopSmart.ExcelExport.Data;

/// <summary>
/// Runs the exporter's named queries on one open connection. A query is <c>Sql/common/&lt;name&gt;.sql</c> when its text
/// is the same in both dialects (plain SELECTs on the mart views and ml tables), else <c>Sql/&lt;dialect&gt;/&lt;name&gt;.sql</c>.
/// </summary>
public sealed class QueryRunner(WarehouseEngine engine, DbConnection connection, StepTimer? timer = null)
{
    private static readonly Assembly Resources = typeof(QueryRunner).Assembly;
    private readonly SqlCatalog _common = new(Resources, "common");
    private readonly SqlCatalog _dialect = new(Resources, engine.Dialect);

    public IReadOnlyList<T> Rows<T>(string name, Func<FieldReader, T> map, object? parameters = null)
    {
        using var reader = connection.ExecuteReader(Text(name), parameters);
        var fields = new FieldReader(reader);
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(fields));
        }

        timer?.Lap($"query {name}");
        return rows;
    }

    private string Text(string name)
    {
        var resource = $"sql/common/{name}.sql";
        return Resources.GetManifestResourceInfo(resource) is not null ? _common.Get(name) : _dialect.Get(name);
    }
}
