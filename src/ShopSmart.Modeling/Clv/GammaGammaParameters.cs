namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Gamma-Gamma parameters, in the lifetimes convention: each transaction's value z ~ Gamma(shape <paramref name="P"/>,
/// rate ν), and across customers ν ~ Gamma(shape <paramref name="Q"/>, rate <paramref name="Gamma"/>); so the
/// population mean value is pγ / (q − 1) when q &gt; 1.
/// </summary>
public sealed record GammaGammaParameters(double P, double Q, double Gamma)
{
    internal static GammaGammaParameters FromLog(IReadOnlyList<double> log) =>
        new(Math.Exp(log[0]), Math.Exp(log[1]), Math.Exp(log[2]));

    internal double[] ToArray() => [P, Q, Gamma];
}
