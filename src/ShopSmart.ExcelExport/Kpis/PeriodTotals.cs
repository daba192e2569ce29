namespace ShopSmart.ExcelExport.Kpis;

/// <summary>What the Overview's KPIs are computed from, for one period; the ratios are NULL (null) when their base is 0.</summary>
public sealed record PeriodTotals(double GrossRevenue, double CancellationValue, long Orders, long Customers, long RepeatCustomers)
{
    public static readonly PeriodTotals Empty = new(0, 0, 0, 0, 0);

    public bool HasSales => Orders > 0;

    public double NetRevenue => GrossRevenue + CancellationValue;

    /// <summary>Gross revenue per order, as <c>avg_order_value</c> in <c>mart.v_sales_monthly</c>.</summary>
    public double? AvgOrderValue => Orders == 0 ? null : GrossRevenue / Orders;

    /// <summary>Share of the period's known customers who placed two or more orders in it.</summary>
    public double? RepeatRate => Customers == 0 ? null : (double)RepeatCustomers / Customers;

    /// <summary>Cancelled value as a share of gross revenue, as <c>cancellation_rate</c> in <c>mart.v_sales_monthly</c>.</summary>
    public double? CancellationRate => GrossRevenue == 0 ? null : -CancellationValue / GrossRevenue;
}
