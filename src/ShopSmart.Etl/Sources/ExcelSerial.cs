namespace ShopSmart.Etl.Sources;

/// <summary>Excel date serials (OLE Automation dates) as spreadsheets store them.</summary>
public static class ExcelSerial
{
    private const double MinOADate = -657435.0;
    private const double MaxOADate = 2958466.0;

    /// <summary>Days from 1900's day 0 to 1904's: a 1904 workbook's serial plus this is the 1900 system's.</summary>
    public const double Days1904 = 1462.0;

    /// <summary>
    /// The DateTime of a serial in a date-formatted cell, as ExcelDataReader gives it: the 1904 date system shifted
    /// by 1462 days, Excel's phantom 29 Feb 1900 allowed for below serial 60; a serial outside DateTime's OLE range
    /// is returned as the number.
    /// </summary>
    public static object ToDateTime(double serial, bool date1904)
    {
        var adjusted = date1904 ? serial + Days1904 : serial is >= 0.0 and < 60.0 ? serial + 1 : serial;
        return adjusted is > MinOADate and < MaxOADate ? DateTime.FromOADate(adjusted) : serial;
    }
}
