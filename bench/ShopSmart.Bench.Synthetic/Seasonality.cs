namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// When people buy: a month-of-year shape (a strong autumn, the Christmas peak in November), no Saturday trading, a
/// Friday and Sunday dip, and shop hours peaking at noon — the UCI file's shapes. Purchase processes are thinned by
/// <see cref="Acceptance"/>; one-off events (arrivals, guest orders, adjustments) draw a day from the same shape.
/// </summary>
internal sealed class Seasonality
{
    // Relative daily intensity by month, January first; the UCI monthly shares with the growth of its customer base
    // taken out (new customers already add a rising trend).
    private static readonly double[] MonthWeight = [0.85, 0.72, 0.92, 0.80, 0.92, 0.90, 0.95, 0.88, 1.22, 1.40, 1.80, 1.45];

    // Sunday first: the UCI file has no Saturday line.
    private static readonly double[] WeekdayWeight = [0.119, 0.176, 0.188, 0.175, 0.192, 0.152, 0.0];

    // Hours 6 to 20.
    private static readonly double[] HourWeight = [0.0005, 0.001, 0.016, 0.063, 0.090, 0.106, 0.145, 0.133, 0.125, 0.143, 0.101, 0.053, 0.015, 0.007, 0.002];

    private readonly double[] _acceptance;
    private readonly double[] _cumulative;
    private readonly AliasTable _hours = new(HourWeight);

    public Seasonality(DateOnly start, int days)
    {
        Start = start;
        Days = days;
        _acceptance = new double[days];
        _cumulative = new double[days];
        var max = 0.0;
        for (var d = 0; d < days; d++)
        {
            var date = start.AddDays(d);
            _acceptance[d] = MonthWeight[date.Month - 1] * WeekdayWeight[(int)date.DayOfWeek];
            max = Math.Max(max, _acceptance[d]);
        }

        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            _acceptance[d] /= max;
            total += _acceptance[d];
            _cumulative[d] = total;
        }

        for (var d = 0; d < days; d++)
        {
            _cumulative[d] /= total;
        }

        MeanAcceptance = total / days;
    }

    public DateOnly Start { get; }

    public int Days { get; }

    public int EndMinute => Days * 1440 - 1;

    /// <summary>The share of candidate purchase days kept on average: the thinned rate is the raw rate times this.</summary>
    public double MeanAcceptance { get; }

    /// <summary>Probability that a candidate purchase on day <paramref name="day"/> happens.</summary>
    public double Acceptance(int day) => _acceptance[day];

    /// <summary>A day drawn in proportion to the shape.</summary>
    public int SampleDay(Rng rng) => SampleDay(rng, Days);

    /// <summary>A day before <paramref name="endDay"/> drawn in proportion to the shape.</summary>
    public int SampleDay(Rng rng, int endDay)
    {
        var index = Array.BinarySearch(_cumulative, rng.NextDouble() * _cumulative[endDay - 1]);
        return Math.Min(index < 0 ? ~index : index, endDay - 1);
    }

    /// <summary>Minutes since the start at a shop hour of <paramref name="day"/>.</summary>
    public int MinuteOn(int day, Rng rng) => day * 1440 + (6 + _hours.Sample(rng)) * 60 + rng.Next(60);
}
