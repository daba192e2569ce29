namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, and the same numbers on every platform and .NET version, which
/// <see cref="System.Random"/> does not promise. Each entity (customer, invoice) gets its own stream from
/// (seed, stream, index), so what one invoice draws never depends on how many numbers another one drew.
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(long seed, int stream, long index) => Reseed(seed, stream, index);

    public void Reseed(long seed, int stream, long index)
    {
        var x = (ulong)seed ^ ((ulong)(uint)stream << 40) ^ (ulong)index * 0xD1B54A32D192ED03UL;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)((NextUInt64() >> 33) * (ulong)n >> 31);

    public bool Chance(double probability) => NextDouble() < probability;

    public double Exponential(double mean) => -mean * Math.Log(1 - NextDouble());

    public double Normal()
    {
        // Box-Muller; one of the pair is enough here.
        var u = 1 - NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * NextDouble());
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Gamma(shape, scale) by Marsaglia and Tsang, boosted for shape &lt; 1.</summary>
    public double Gamma(double shape, double scale)
    {
        if (shape < 1)
        {
            return Gamma(shape + 1, scale) * Math.Pow(NextDouble(), 1 / shape);
        }

        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
            {
                return d * v * scale;
            }
        }
    }

    public double Beta(double a, double b)
    {
        var x = Gamma(a, 1);
        return x / (x + Gamma(b, 1));
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
