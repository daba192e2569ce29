using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Kpis;

/// <summary>Turns the four periods' totals into the Overview's KPI rows and their changes.</summary>
public static class KpiTable
{
    public static IReadOnlyList<KpiRow> Rows(PeriodTotals lastMonth, PeriodTotals monthBefore, PeriodTotals lastYear, PeriodTotals yearBefore)
    {
        KpiRow Row(string name, CellFormat format, bool points, Func<PeriodTotals, double?> value, string meaning, bool lowerIsBetter = false)
        {
            double? Of(PeriodTotals t) => t.HasSales ? value(t) : null;
            return new KpiRow(
                name, format, points, lowerIsBetter,
                Of(lastMonth), Of(monthBefore), Change(Of(lastMonth), Of(monthBefore), points),
                Of(lastYear), Of(yearBefore), Change(Of(lastYear), Of(yearBefore), points),
                meaning);
        }

        return
        [
            Row("Net revenue", CellFormat.Money, false, t => t.NetRevenue, "Gross revenue of clean sales plus cancellations (which are negative), in pounds."),
            Row("Orders", CellFormat.Integer, false, t => t.Orders, "Invoices with at least one clean sale."),
            Row("Customers", CellFormat.Integer, false, t => t.Customers, "Known customers with at least one clean sale in the period (guest orders count in revenue and orders only)."),
            Row("Average order value", CellFormat.MoneyCents, false, t => t.AvgOrderValue, "Gross revenue divided by orders."),
            Row("Repeat rate", CellFormat.Percent, true, t => t.RepeatRate, "Share of the period's customers who placed two or more orders in it."),
            Row("Cancellation rate", CellFormat.Percent, true, t => t.CancellationRate, "Cancelled value as a share of gross revenue.", lowerIsBetter: true),
        ];
    }

    /// <summary>
    /// The change from <paramref name="before"/> to <paramref name="now"/>: relative ((now − before) / |before|) or,
    /// for rates, the difference of the two fractions (0.02 = 2 percentage points).
    /// </summary>
    public static double? Change(double? now, double? before, bool inPoints)
    {
        if (now is not { } n || before is not { } b)
        {
            return null;
        }

        if (inPoints)
        {
            return n - b;
        }

        return b == 0 ? null : (n - b) / Math.Abs(b);
    }
}
