using BenchmarkDotNet.Attributes;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Segments;

namespace ShopSmart.Bench.Micro;

/// <summary>
/// The C# side of the customer features: turning each customer's SQL row into the model's vector, and
/// standardising them for k-means. Per customer; the SQL itself is measured by the job's model stage.
/// </summary>
[MemoryDiagnoser]
public class FeatureBenchmarks
{
    private CustomerFeatures[] _customers = [];
    private double[][] _vectors = [];

    [Params(4_000, 100_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _customers = Enumerable.Range(0, Customers).Select(i => new CustomerFeatures
        {
            CustomerKey = i + 1,
            CustomerId = (12346 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CountryName = random.NextDouble() < 0.9 ? "United Kingdom" : "France",
            RecencyDays = random.Next(1, 370),
            TenureDays = random.Next(1, 370),
            Frequency = 1 + (int)(-5 * Math.Log(1 - random.NextDouble())),
            PurchaseDays = 1 + random.Next(10),
            Monetary = 2_000 * Math.Exp(random.NextDouble() * 3 - 1.5),
            AvgBasket = 300 * random.NextDouble(),
            DistinctProducts = random.Next(1, 400),
            Units = random.Next(1, 5_000),
            ReturnRate = random.NextDouble() * 0.1,
            IptMean = random.NextDouble() < 0.3 ? null : 60 * random.NextDouble(),
            IptStd = random.NextDouble() < 0.3 ? null : 30 * random.NextDouble(),
            Q4Share = random.NextDouble(),
            PreviousPeriodRevenue = 500 * random.NextDouble(),
            PreviousPeriodOrders = random.Next(0, 6),
        }).ToArray();
        _vectors = _customers.Select(c => CustomerFeatureVector.From(c, "United Kingdom").Select(v => (double)v).ToArray()).ToArray();
    }

    [Benchmark]
    public float Vectors()
    {
        var home = CustomerFeatureVector.HomeCountry(_customers);
        var sum = 0f;
        foreach (var customer in _customers)
        {
            sum += CustomerFeatureVector.From(customer, home)[0];
        }

        return sum;
    }

    [Benchmark]
    public double Standardise()
    {
        var standardiser = Standardiser.Fit(_vectors);
        var sum = 0.0;
        foreach (var vector in _vectors)
        {
            sum += standardiser.Apply(vector)[0];
        }

        return sum;
    }
}
