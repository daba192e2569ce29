namespace ShopSmart.Etl.Sources;

/// <summary>How a CSV file is written: its delimiter, decimal mark and date order, as given or as detected.</summary>
public sealed record CsvDialect(char Delimiter, DecimalMark Decimal, DateOrder DateOrder)
{
    /// <summary>The file starts with Excel's <c>sep=</c> line (<see cref="SeparatorLine"/>), which the readers skip.</summary>
    public bool HasSeparatorLine { get; init; }

    /// <summary>
    /// The currency most of the prices the detector looked at carry (£2.55, 2,55 kr), or null: the file's currency, so that
    /// an odd first price in another does not decide it (<see cref="PriceCurrency"/>).
    /// </summary>
    public string? Currency { get; init; }

    /// <summary>The UCI CSV's own form: comma-delimited, decimal point, month first (12/1/2010 8:26).</summary>
    public static CsvDialect Uci { get; } = new(',', DecimalMark.Point, DateOrder.MonthFirst);

    public string DelimiterName => Delimiter switch
    {
        '\t' => "tab",
        _ => $"'{Delimiter}'",
    };

    public override string ToString() =>
        $"{DelimiterName}-delimited, decimal {(Decimal == DecimalMark.Comma ? "comma" : "point")}, " +
        $"{(DateOrder == DateOrder.DayFirst ? "day-first" : "month-first")} dates";
}
