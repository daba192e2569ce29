using BenchmarkDotNet.Attributes;
using ShopSmart.Modeling.Clv;

namespace ShopSmart.Bench.Micro;

/// <summary>
/// The BG/NBD log-likelihood and its gradient over a population, what the fitter evaluates at every optimiser step:
/// its cost grows with customers, never with lines.
/// </summary>
public class BgNbdBenchmarks
{
    private static readonly BgNbdParameters Parameters = new(0.24, 4.41, 0.79, 2.43);
    private RepeatHistory[] _customers = [];

    [Params(4_000, 100_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        _customers = Enumerable.Range(0, Customers).Select(_ =>
        {
            var age = 1 + random.Next(370);
            var frequency = random.NextDouble() < 0.4 ? 0 : 1 + (int)(-4 * Math.Log(1 - random.NextDouble()));
            return new RepeatHistory(frequency, frequency == 0 ? 0 : random.Next(age + 1), age);
        }).ToArray();
    }

    [Benchmark]
    public double LogLikelihood() => BgNbdLikelihood.LogLikelihood(Parameters, _customers);

    [Benchmark]
    public double Gradient()
    {
        var sum = 0.0;
        foreach (var customer in _customers)
        {
            sum += BgNbdLikelihood.Gradient(Parameters, customer)[0];
        }

        return sum;
    }
}
