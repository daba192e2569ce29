using MathNet.Numerics;

namespace ShopSmart.Modeling.Clv;

/// <summary>
/// The BG/NBD likelihood (Fader, Hardie &amp; Lee 2005, eq. 6), in log space:
/// L = A₁ · A₂ · (A₃ + δ(x&gt;0) A₄) with
/// A₁ = Γ(r+x) αʳ / Γ(r), A₂ = Γ(a+b) Γ(b+x) / (Γ(b) Γ(a+b+x)), A₃ = (α+T)^−(r+x), A₄ = a / (b+x−1) · (α+tₓ)^−(r+x).
/// </summary>
public static class BgNbdLikelihood
{
    /// <summary>ln L for one customer.</summary>
    public static double LogLikelihood(BgNbdParameters parameters, RepeatHistory customer)
    {
        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var x = customer.Frequency;
        var logA1 = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + r * Math.Log(alpha);
        var logA2 = SpecialFunctions.GammaLn(a + b) + SpecialFunctions.GammaLn(b + x)
            - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b + x);
        var logA3 = -(r + x) * Math.Log(alpha + customer.Age);
        if (x == 0)
        {
            return logA1 + logA2 + logA3;
        }

        var logA4 = Math.Log(a) - Math.Log(b + x - 1) - (r + x) * Math.Log(alpha + customer.Recency);
        return logA1 + logA2 + LogSumExp(logA3, logA4);
    }

    /// <summary>Σ ln L over the customers.</summary>
    public static double LogLikelihood(BgNbdParameters parameters, IReadOnlyList<RepeatHistory> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var total = 0.0;
        foreach (var customer in customers)
        {
            total += LogLikelihood(parameters, customer);
        }

        return total;
    }

    /// <summary>
    /// ∂ ln L / ∂(r, α, a, b) for one customer. With w₃, w₄ the shares of A₃ and A₄ in A₃ + A₄ (w₃ = 1 when x = 0)
    /// and ψ the digamma function:
    /// ∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+tₓ);
    /// ∂α = r/α − (r+x) (w₃/(α+T) + w₄/(α+tₓ));
    /// ∂a = ψ(a+b) − ψ(a+b+x) + w₄/a;
    /// ∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w₄/(b+x−1).
    /// </summary>
    public static double[] Gradient(BgNbdParameters parameters, RepeatHistory customer)
    {
        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var x = customer.Frequency;
        var (w3, w4) = (1.0, 0.0);
        if (x > 0)
        {
            var logA3 = -(r + x) * Math.Log(alpha + customer.Age);
            var logA4 = Math.Log(a) - Math.Log(b + x - 1) - (r + x) * Math.Log(alpha + customer.Recency);
            w4 = 1 / (1 + Math.Exp(logA3 - logA4));
            w3 = 1 - w4;
        }

        var logAgeTerm = Math.Log(alpha + customer.Age);
        var logRecencyTerm = Math.Log(alpha + customer.Recency);
        var digammaAb = SpecialFunctions.DiGamma(a + b);
        var digammaAbx = SpecialFunctions.DiGamma(a + b + x);
        return
        [
            SpecialFunctions.DiGamma(r + x) - SpecialFunctions.DiGamma(r) + Math.Log(alpha) - w3 * logAgeTerm - w4 * logRecencyTerm,
            r / alpha - (r + x) * (w3 / (alpha + customer.Age) + w4 / (alpha + customer.Recency)),
            digammaAb - digammaAbx + w4 / a,
            digammaAb + SpecialFunctions.DiGamma(b + x) - SpecialFunctions.DiGamma(b) - digammaAbx - (x > 0 ? w4 / (b + x - 1) : 0),
        ];
    }

    internal static double LogSumExp(double u, double v)
    {
        var max = Math.Max(u, v);
        return max + Math.Log(Math.Exp(u - max) + Math.Exp(v - max));
    }
}
