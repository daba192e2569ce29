using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class ExcelSerialTests
{
    [Fact]
    public void Serials_convert_as_OLE_dates_with_the_1900_and_1904_systems()
    {
        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), ExcelSerial.ToDateTime(40513.35138888889, date1904: false));
        Assert.Equal(new DateTime(1900, 1, 1), ExcelSerial.ToDateTime(1, date1904: false));
        Assert.Equal(new DateTime(1900, 3, 1), ExcelSerial.ToDateTime(61, date1904: false));
        Assert.Equal(new DateTime(1904, 1, 1), ExcelSerial.ToDateTime(0, date1904: true));
        Assert.Equal(new DateTime(2010, 12, 1), ExcelSerial.ToDateTime(40513 - 1462, date1904: true));
    }

    [Fact]
    public void A_serial_outside_the_OLE_range_stays_a_number() =>
        Assert.Equal(1e10, ExcelSerial.ToDateTime(1e10, date1904: false));
}
