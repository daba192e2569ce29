namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// Every invoice of the file, in time order, with its line counts fitted so that each kind of line adds up to the
/// <see cref="LinePlan"/> exactly. Customers' purchases follow their BG/NBD-style processes, thinned by the season;
/// the purchase rate is scaled until the invoices carry the UCI file's lines per invoice (21.5), so a file with more
/// lines per customer means customers who buy more often and stay longer, not bigger baskets.
/// </summary>
internal sealed partial class InvoiceSchedule
{
    private readonly SyntheticRetailOptions _options;
    private readonly LinePlan _plan;
    private readonly Catalogue _catalogue;
    private readonly CustomerBase _customers;
    private readonly Seasonality _season;
    private readonly List<Invoice> _invoices = [];
    private readonly List<int> _cancelledLines = [];

    private InvoiceSchedule(SyntheticRetailOptions options, LinePlan plan, Catalogue catalogue, CustomerBase customers, Seasonality season)
    {
        _options = options;
        _plan = plan;
        _catalogue = catalogue;
        _customers = customers;
        _season = season;
    }

    public Invoice[] Invoices { get; private set; } = [];

    /// <summary>Line numbers (within their purchase) of every cancellation, each cancellation's run in order.</summary>
    public int[] CancelledLines { get; private set; } = [];

    /// <summary>The purchase-rate multiplier the calibration settled on.</summary>
    public double RateMultiplier { get; private set; }

    /// <summary>Most product lines one invoice may hold.</summary>
    public int MaxLines => Math.Min(1_000, _catalogue.Count / 2);

    public static InvoiceSchedule Build(SyntheticRetailOptions options, LinePlan plan, Catalogue catalogue, CustomerBase customers, Seasonality season)
    {
        var schedule = new InvoiceSchedule(options, plan, catalogue, customers, season);
        schedule.AddCustomerPurchases();
        var customerInvoices = schedule._invoices.Count;
        schedule.AddGuestPurchases();
        schedule.FitLineCounts(0, customerInvoices, plan.CustomerProductLines, isGuest: false);
        schedule.FitLineCounts(customerInvoices, schedule._invoices.Count, plan.GuestProductLines, isGuest: true);
        schedule.AddDuplicates(0, customerInvoices, plan.CustomerDuplicates);
        schedule.AddDuplicates(customerInvoices, schedule._invoices.Count, plan.GuestDuplicates);
        schedule.AddNonProductLines(0, customerInvoices, plan.CustomerNonProduct);
        schedule.AddNonProductLines(customerInvoices, schedule._invoices.Count, plan.GuestNonProduct);
        var purchases = schedule._invoices.Count;
        schedule.AddCancellations(0, customerInvoices, plan.CustomerCancellations);
        schedule.AddCancellations(customerInvoices, purchases, plan.GuestCancellations);
        schedule.AddSingleLineInvoices(InvoiceKind.StockAdjustment, plan.StockAdjustments);
        schedule.AddSingleLineInvoices(InvoiceKind.BadDebt, plan.BadDebts);

        var sorted = schedule._invoices.ToArray();
        Array.Sort(sorted, static (a, b) => a.Minute != b.Minute ? a.Minute.CompareTo(b.Minute)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Seq.CompareTo(b.Seq));
        schedule.Invoices = sorted;
        schedule.CancelledLines = schedule._cancelledLines.ToArray();
        return schedule;
    }

    private void AddCustomerPurchases()
    {
        // More invoices than customers is needed (every customer buys once); aim for the UCI lines per invoice.
        var target = Math.Max(_customers.Count, _plan.CustomerProductLines / RealDataRates.LinesPerCustomerInvoice);
        var multiplier = 1.0;
        for (var round = 0; round < 8; round++)
        {
            var count = SimulatePurchases(multiplier, record: false);
            if (Math.Abs(count - target) <= 0.005 * target || count <= _customers.Count)
            {
                break;
            }

            // First purchases do not scale with the rate: aim the repeat purchases.
            var repeats = count - _customers.Count;
            multiplier *= Math.Clamp((target - _customers.Count) / Math.Max(1.0, repeats), 0.05, 20);
        }

        RateMultiplier = multiplier;
        SimulatePurchases(multiplier, record: true);
    }

    private long SimulatePurchases(double multiplier, bool record)
    {
        var rng = new Rng(_options.Seed, Streams.CustomerPurchases, 0);
        long count = 0;
        for (var c = 0; c < _customers.Count; c++)
        {
            rng.Reseed(_options.Seed, Streams.CustomerPurchases, c);
            var rate = _customers.Rate[c] * multiplier;
            var dropout = _customers.Dropout[c] / Math.Max(1, multiplier);
            var day = _customers.ArrivalDay[c];
            var t = day + rng.NextDouble();
            Record(c, day);
            while (!rng.Chance(dropout))
            {
                // The next purchase: a Poisson process at the customer's rate, thinned by the season.
                do
                {
                    t += rng.Exponential(1 / rate);
                }
                while (t < _season.Days && rng.NextDouble() >= _season.Acceptance((int)t));

                if (t >= _season.Days)
                {
                    break;
                }

                Record(c, (int)t);
            }
        }

        return count;

        void Record(int customer, int purchaseDay)
        {
            count++;
            if (record)
            {
                _invoices.Add(new Invoice
                {
                    Minute = _season.MinuteOn(purchaseDay, rng),
                    Seq = _invoices.Count,
                    Customer = customer,
                    Kind = InvoiceKind.Purchase,
                    Country = _customers.Country[customer],
                });
            }
        }
    }

    private void AddGuestPurchases()
    {
        var count = Math.Max(1, (long)Math.Round(_plan.GuestProductLines / RealDataRates.LinesPerGuestInvoice));
        var rng = new Rng(_options.Seed, Streams.Guests, 0);
        for (long i = 0; i < count; i++)
        {
            // Guest orders come through the web shop: nearly all British.
            _invoices.Add(new Invoice
            {
                Minute = _season.MinuteOn(_season.SampleDay(rng), rng),
                Seq = _invoices.Count,
                Customer = -1,
                Kind = InvoiceKind.GuestPurchase,
                Country = rng.Chance(0.96) ? CustomerBase.HomeCountry : CustomerBase.SampleCountry(rng),
            });
        }
    }

    private void AddSingleLineInvoices(InvoiceKind kind, long count)
    {
        var rng = new Rng(_options.Seed, Streams.Adjustments, (long)kind);
        for (long i = 0; i < count; i++)
        {
            _invoices.Add(new Invoice
            {
                Minute = _season.MinuteOn(_season.SampleDay(rng), rng),
                Seq = _invoices.Count,
                Customer = -1,
                Lines = 1,
                Kind = kind,
                Country = CustomerBase.HomeCountry,
            });
        }
    }
}
