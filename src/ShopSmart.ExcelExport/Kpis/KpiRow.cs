using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Kpis;

/// <summary>
/// One KPI of the Overview for the two comparisons. Changes are relative (+12% = 12% more than before) for amounts
/// and counts, and in percentage points for rates (<see cref="ChangeInPoints"/>); null when there is nothing before.
/// <see cref="LowerIsBetter"/> tells which way is good (a falling cancellation rate is good news).
/// </summary>
public sealed record KpiRow(
    string Name, CellFormat Format, bool ChangeInPoints, bool LowerIsBetter, double? LastMonth, double? MonthBefore, double? MonthChange,
    double? LastYear, double? YearBefore, double? YearChange, string Meaning);
