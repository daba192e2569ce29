using MathNet.Numerics;

namespace ShopSmart.Modeling.Clv;

/// <summary>
/// ln|Γ(x)| with the sign of Γ(x), for any real x: the 2F1 transformations take Γ at negative arguments (a − 1 &lt; 0
/// in BG/NBD when a &lt; 1), where MathNet's GammaLn is not defined, and at large ones, where Γ itself overflows.
/// </summary>
internal readonly record struct SignedLogGamma(double LogAbs, int Sign)
{
    /// <summary>True at the poles x = 0, −1, −2, …, where 1/Γ(x) = 0.</summary>
    public bool IsPole => Sign == 0;

    public static SignedLogGamma Of(double x)
    {
        if (x > 0)
        {
            return new SignedLogGamma(SpecialFunctions.GammaLn(x), 1);
        }

        if (x == Math.Floor(x))
        {
            return new SignedLogGamma(double.PositiveInfinity, 0);
        }

        // Reflection: Γ(x) = π / (sin(πx) Γ(1 − x)), with 1 − x > 1 here.
        var sin = Math.Sin(Math.PI * x);
        return new SignedLogGamma(Math.Log(Math.PI) - Math.Log(Math.Abs(sin)) - SpecialFunctions.GammaLn(1 - x), Math.Sign(sin));
    }
}
