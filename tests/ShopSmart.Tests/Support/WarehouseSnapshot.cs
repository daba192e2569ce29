using System.Data.Common;
using Dapper;

namespace ShopSmart.Tests.Support;

/// <summary>Row counts of every product table except the run log: equal snapshots mean the warehouse is unchanged.</summary>
public static class WarehouseSnapshot
{
    private static readonly string[] Tables =
    [
        "stg.sales_line", "stg.rejected_line", "dw.fact_sales", "dw.dim_date", "dw.dim_customer", "dw.dim_product", "dw.dim_product_description",
        "dw.dim_country", "etl.batch", "etl.rejected_row", "etl.batch_rule_count",
    ];

    public static IReadOnlyDictionary<string, long> Take(DbConnection connection) =>
        Tables.ToDictionary(t => t, t => connection.ExecuteScalar<long>($"SELECT count(*) FROM {t}"));
}
