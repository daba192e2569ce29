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
        var content = Content(value);
        switch (content.Kind)
        {
            case CellKind.Text:
                cell.SetValue(content.Text);
                break;
            case CellKind.Number:
                cell.SetValue(content.Number);
                break;
            case CellKind.Moment:
                cell.SetValue(content.Moment);
                break;
        }
    }

    /// <summary>What a value becomes in a cell, for ClosedXML (<see cref="Put"/>) and for rows streamed after the save (<see cref="StreamedRows"/>).</summary>
    public static CellContent Content(object? value) => value switch
    {
        null or DBNull => default,
        string text => CellContent.OfText(text),
        double number => double.IsFinite(number) ? CellContent.OfNumber(number) : default,
        float or decimal or long or int or short or byte or ulong or uint or System.Numerics.BigInteger =>
            Content(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        DateTime moment => new CellContent(CellKind.Moment, null, 0, moment),
        DateOnly day => new CellContent(CellKind.Moment, null, 0, day.ToDateTime(TimeOnly.MinValue)),
        bool flag => CellContent.OfText(flag ? "yes" : "no"),
        _ => CellContent.OfText(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}

public enum CellKind
{
    Empty,
    Text,
    Number,
    Moment,
}

/// <summary>A cell's value once classified: nothing, a text, a number, or a date and time (an Excel serial number).</summary>
public readonly record struct CellContent(CellKind Kind, string? Text, double Number, DateTime Moment)
{
    public static CellContent OfText(string text) => new(CellKind.Text, text, 0, default);

    public static CellContent OfNumber(double number) => new(CellKind.Number, null, number, default);
}
