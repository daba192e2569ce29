using System.Collections.Concurrent;
using System.Reflection;
using Dapper;

namespace ShopSmart.Core.Data;

/// <summary>
/// Lets Dapper fill a type's properties from snake_case columns (<c>customer_key</c> into <c>CustomerKey</c>) by the
/// same rule the table writer uses, registered per type instead of through Dapper's global switch.
/// </summary>
public static class SnakeCaseMap
{
    private static readonly ConcurrentDictionary<Type, bool> Registered = new();

    public static void Register<T>() => Registered.GetOrAdd(typeof(T), type =>
    {
        var byColumn = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => ColumnName.FromProperty(p.Name), StringComparer.OrdinalIgnoreCase);
        SqlMapper.SetTypeMap(type, new CustomPropertyTypeMap(type, (_, column) => byColumn.GetValueOrDefault(column)!));
        return true;
    });
}
