using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>One Pareto class of the products: how many products and how much of the revenue.</summary>
public sealed record AbcClassTotal(string AbcClass, long Products, double Revenue, double? ShareOfRevenue)
{
    /// <summary>Sums <c>mart.v_product_performance</c> by ABC class (A, B, C in that order).</summary>
    public static IReadOnlyList<AbcClassTotal> From(IReadOnlyList<ProductSales> products)
    {
        var total = products.Sum(p => p.Revenue);
        return products
            .GroupBy(p => p.AbcClass, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AbcClassTotal(g.Key, g.Count(), g.Sum(p => p.Revenue), total == 0 ? null : g.Sum(p => p.Revenue) / total))
            .ToList();
    }
}
