namespace ShopSmart.ExcelExport.Layout;

/// <summary>How a column's values are shown; each maps to one Excel number format (see <see cref="CellFormats"/>).</summary>
public enum CellFormat
{
    Text,
    Integer,
    Decimal,
    Metric,
    Money,
    MoneyCents,
    Percent,
    Date,
}
