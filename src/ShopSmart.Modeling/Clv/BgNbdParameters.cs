namespace ShopSmart.Modeling.Clv;

/// <summary>
/// BG/NBD parameters: purchase rates λ ~ Gamma(shape <paramref name="R"/>, rate <paramref name="Alpha"/>), so α is in
/// the caller's time unit; drop-out probabilities after each purchase p ~ Beta(<paramref name="A"/>, <paramref name="B"/>).
/// </summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    internal static BgNbdParameters FromLog(IReadOnlyList<double> log) =>
        new(Math.Exp(log[0]), Math.Exp(log[1]), Math.Exp(log[2]), Math.Exp(log[3]));

    internal double[] ToLog() => [Math.Log(R), Math.Log(Alpha), Math.Log(A), Math.Log(B)];

    internal double[] ToArray() => [R, Alpha, A, B];
}
