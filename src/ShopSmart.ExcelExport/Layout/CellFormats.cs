using System.Globalization;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>The Excel number format of each <see cref="CellFormat"/>, and how wide its values print.</summary>
public static class CellFormats
{
    public static string Code(CellFormat format) => format switch
    {
        CellFormat.Integer => "#,##0",
        CellFormat.Decimal => "#,##0.00",
        CellFormat.Metric => "0.000",
        CellFormat.Money => "\"£\"#,##0;[Red]-\"£\"#,##0",
        CellFormat.MoneyCents => "\"£\"#,##0.00;[Red]-\"£\"#,##0.00",
        CellFormat.Percent => "0.0%",
        CellFormat.Date => "yyyy-mm-dd",
        _ => "@",
    };

    /// <summary>What a unit column of the data dictionary says about a format.</summary>
    public static string Describe(CellFormat format) => format switch
    {
        CellFormat.Integer => "count",
        CellFormat.Decimal => "number",
        CellFormat.Metric => "score",
        CellFormat.Money or CellFormat.MoneyCents => "GBP (£)",
        CellFormat.Percent => "% (stored as a fraction 0–1)",
        CellFormat.Date => "date",
        _ => "text",
    };

    /// <summary>
    /// The number of characters a value takes once formatted, to size columns without measuring fonts
    /// (ClosedXML's AdjustToContents needs libgdiplus, which a fresh Linux machine does not have).
    /// </summary>
    public static int DisplayLength(object? value, CellFormat format) => value switch
    {
        null or DBNull => 0,
        string text => text.Length,
        DateTime or DateOnly => 10,
        bool => 5,
        _ => NumberLength(Convert.ToDouble(value, CultureInfo.InvariantCulture), format),
    };

    private static int NumberLength(double value, CellFormat format)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return 0;
        }

        var text = format switch
        {
            CellFormat.Integer => value.ToString("N0", CultureInfo.InvariantCulture),
            CellFormat.Decimal => value.ToString("N2", CultureInfo.InvariantCulture),
            CellFormat.Metric => value.ToString("0.000", CultureInfo.InvariantCulture),
            CellFormat.Money => "£" + value.ToString("N0", CultureInfo.InvariantCulture),
            CellFormat.MoneyCents => "£" + value.ToString("N2", CultureInfo.InvariantCulture),
            CellFormat.Percent => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            _ => value.ToString("G10", CultureInfo.InvariantCulture),
        };
        return text.Length;
    }
}
