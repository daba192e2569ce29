using System.Security.Cryptography;
using ShopSmart.Bench.Synthetic;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Bench;

/// <summary>
/// The generator's promises, checked on 50,000 lines read back through the ETL's reader and row rules: the UCI
/// file's rates of cancellations, missing customers, exact duplicates, non-product lines and stock adjustments;
/// cancellations that reverse real purchases; seasonality; customers arriving over time; heavy tails; determinism.
/// </summary>
public sealed class SyntheticRetailGeneratorTests(SyntheticFile file) : IClassFixture<SyntheticFile>
{
    private static readonly LineClassifier Classifier = new(new CleaningOptions());

    [Fact]
    public void Writes_exactly_the_lines_asked_for_and_every_one_parses()
    {
        Assert.Equal(SyntheticFile.LineCount, file.Lines.Count);
        Assert.Equal(0, file.Rejected);
        Assert.Equal(SyntheticFile.LineCount, file.Summary.Lines);
    }

    [Fact]
    public void Cancellations_come_at_the_UCI_rate()
    {
        var share = Share(l => LineClassifier.IsCancellationInvoice(l.InvoiceNo));

        AssertNear(RealDataRates.Cancellation, share, 0.05);
    }

    [Fact]
    public void Every_cancellation_with_a_customer_reverses_an_earlier_purchase_of_that_customer_and_product()
    {
        var purchases = file.Lines.Where(l => !LineClassifier.IsCancellationInvoice(l.InvoiceNo) && l.CustomerId is not null && l.Quantity > 0)
            .ToLookup(l => (l.CustomerId, Code: LineClassifier.NormaliseStockCode(l.StockCode)));
        var cancellations = file.Lines.Where(l => LineClassifier.IsCancellationInvoice(l.InvoiceNo) && l.CustomerId is not null).ToList();

        Assert.NotEmpty(cancellations);
        Assert.All(cancellations, c => Assert.Contains(
            purchases[(c.CustomerId, LineClassifier.NormaliseStockCode(c.StockCode))],
            p => p.InvoiceAt <= c.InvoiceAt && p.Quantity >= -c.Quantity && p.UnitPrice == c.UnitPrice));
    }

    [Fact]
    public void Missing_customers_come_at_the_UCI_rate()
    {
        AssertNear(RealDataRates.MissingCustomer, Share(l => l.CustomerId is null), 0.02);
    }

    [Fact]
    public void Exact_duplicate_lines_come_at_the_UCI_rate()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var copies = file.RawLines.Count(line => !seen.Add(line));

        AssertNear(RealDataRates.Duplicate, copies / (double)file.RawLines.Count, 0.05);
    }

    [Fact]
    public void Non_product_lines_come_at_the_UCI_rate()
    {
        var share = Share(l => Classifier.ClassifyProduct(LineClassifier.NormaliseStockCode(l.StockCode)) != ProductClasses.Product);

        AssertNear(RealDataRates.NonProduct, share, 0.1);
    }

    [Fact]
    public void Stock_adjustments_come_at_the_UCI_rate()
    {
        var share = Share(l => LineClassifier.IsStockAdjustment(l, LineClassifier.IsCancellationInvoice(l.InvoiceNo)));

        AssertNear(RealDataRates.StockAdjustment, share, 0.05);
    }

    [Fact]
    public void Sales_peak_before_Christmas_in_shop_hours_and_never_on_a_Saturday()
    {
        var november = file.Lines.Count(l => l.InvoiceAt.Month == 11);
        var february = file.Lines.Count(l => l.InvoiceAt.Month == 2);

        Assert.True(november > 2 * february, $"November {november:N0} lines, February {february:N0}");
        Assert.DoesNotContain(file.Lines, l => l.InvoiceAt.DayOfWeek == DayOfWeek.Saturday);
        Assert.All(file.Lines, l => Assert.InRange(l.InvoiceAt.Hour, 6, 22));
    }

    [Fact]
    public void New_customers_keep_arriving_all_year()
    {
        var firstPurchase = file.Lines.Where(l => l.CustomerId is not null)
            .GroupBy(l => l.CustomerId)
            .Select(g => g.Min(l => l.InvoiceAt))
            .ToList();
        var start = file.Lines.Min(l => l.InvoiceAt);

        var laterThanFirstQuarter = firstPurchase.Count(d => d >= start.AddDays(91)) / (double)firstPurchase.Count;
        var inLastQuarter = firstPurchase.Count(d => d >= start.AddDays(280));

        Assert.InRange(laterThanFirstQuarter, 0.4, 0.9);
        Assert.True(inLastQuarter > 0.1 * firstPurchase.Count, $"{inLastQuarter} of {firstPurchase.Count} customers first seen in the last quarter");
    }

    [Fact]
    public void Frequency_and_spend_are_heavy_tailed()
    {
        var customers = file.Lines.Where(l => l.CustomerId is not null && !LineClassifier.IsCancellationInvoice(l.InvoiceNo))
            .GroupBy(l => l.CustomerId)
            .Select(g => (Invoices: g.Select(l => l.InvoiceNo).Distinct().Count(), Spend: g.Sum(l => l.LineValue)))
            .ToList();
        var invoices = customers.Select(c => c.Invoices).Order().ToList();
        var spend = customers.Select(c => c.Spend).OrderDescending().ToList();

        var topTenthShare = spend.Take(spend.Count / 10).Sum() / spend.Sum();

        Assert.True(invoices[^1] >= 8 * invoices[invoices.Count / 2], $"most invoices {invoices[^1]}, median {invoices[invoices.Count / 2]}");
        Assert.True(topTenthShare > 0.4m, $"top 10% of customers hold {topTenthShare:P0} of spend");
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_other_bytes()
    {
        var first = Hash(new SyntheticRetailOptions { Lines = 12_345, Seed = 1 });
        var again = Hash(new SyntheticRetailOptions { Lines = 12_345, Seed = 1 });
        var other = Hash(new SyntheticRetailOptions { Lines = 12_345, Seed = 2 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(10_000L)]
    [InlineData(123_457L)]
    [InlineData(50_000_000L)]
    public void The_line_plan_adds_up_to_the_total_with_no_negative_part(long total)
    {
        var plan = LinePlan.For(total);

        long[] parts =
        [
            plan.CustomerProductLines, plan.GuestProductLines, plan.CustomerDuplicates, plan.GuestDuplicates,
            plan.CustomerNonProduct, plan.GuestNonProduct, plan.CustomerCancellations, plan.GuestCancellations,
            plan.StockAdjustments, plan.BadDebts,
        ];
        Assert.Equal(total, parts.Sum());
        Assert.All(parts, p => Assert.True(p >= 0));
    }

    [Fact]
    public void Too_few_lines_or_too_many_customers_are_refused_naming_the_option()
    {
        var tooSmall = Assert.Throws<ArgumentException>(() => new SyntheticRetailOptions { Lines = 500 }.Validate());
        var tooMany = Assert.Throws<ArgumentException>(() => new SyntheticRetailOptions { Lines = 100_000, Customers = 50_000 }.Validate());

        Assert.Contains("--lines", tooSmall.Message, StringComparison.Ordinal);
        Assert.Contains("--customers", tooMany.Message, StringComparison.Ordinal);
    }

    private double Share(Func<SourceLine, bool> predicate) => file.Lines.Count(predicate) / (double)file.Lines.Count;

    private static void AssertNear(double expected, double actual, double relativeTolerance) =>
        Assert.True(Math.Abs(actual - expected) <= relativeTolerance * expected, $"expected {expected:P3} ± {relativeTolerance:P0}, got {actual:P3}");

    private static string Hash(SyntheticRetailOptions options)
    {
        using var stream = new MemoryStream();
        SyntheticRetailGenerator.Generate(options, stream);
        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }
}
