using System.Globalization;
using ClosedXML.Excel;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// The one way a value reaches a cell. Text is always stored as text: ClosedXML's <c>Value</c> setter would read
/// "0012" as a number and "12/01/2010" as a date, and a spreadsheet must never turn a description such as
/// <c>=HYPERLINK(...)</c>, <c>+SUM(A1:A9)</c>, <c>-1+1</c> or <c>@cmd</c> into a formula.
/// </summary>
public static class CellWriter
{
    public static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                break;
            case string text:
                cell.SetValue(text);
                break;
            case double number:
                if (double.IsFinite(number))
                {
                    cell.SetValue(number);
                }

                break;
            case float or decimal or long or int or short or byte or ulong or uint or System.Numerics.BigInteger:
                cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                cell.SetValue(moment);
                break;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                break;
            case bool flag:
                cell.SetValue(flag ? "yes" : "no");
                break;
            default:
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }
}
