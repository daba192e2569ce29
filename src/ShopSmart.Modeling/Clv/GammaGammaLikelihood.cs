using MathNet.Numerics;

namespace ShopSmart.Modeling.Clv;

/// <summary>
/// The Gamma-Gamma density of a customer's mean repeat value z̄ given x (Fader, Hardie &amp; Lee 2005, "RFM and CLV";
/// the form lifetimes uses):
/// f(z̄ | x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q · z̄^(px−1) · x^(px) / (γ + x z̄)^(px+q).
/// </summary>
public static class GammaGammaLikelihood
{
    /// <summary>ln f for one customer.</summary>
    public static double LogLikelihood(GammaGammaParameters parameters, SpendHistory customer)
    {
        var (p, q, gamma) = (parameters.P, parameters.Q, parameters.Gamma);
        var (x, z) = (customer.Frequency, customer.MeanValue);
        var px = p * x;
        return SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(q)
            + q * Math.Log(gamma) + (px - 1) * Math.Log(z) + px * Math.Log(x) - (px + q) * Math.Log(gamma + x * z);
    }

    /// <summary>Σ ln f over the customers.</summary>
    public static double LogLikelihood(GammaGammaParameters parameters, IReadOnlyList<SpendHistory> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return customers.Sum(c => LogLikelihood(parameters, c));
    }

    /// <summary>
    /// ∂ ln f / ∂(p, q, γ): with s = γ + x z̄,
    /// ∂p = x (ψ(px+q) − ψ(px) + ln z̄ + ln x − ln s); ∂q = ψ(px+q) − ψ(q) + ln γ − ln s; ∂γ = q/γ − (px+q)/s.
    /// </summary>
    public static double[] Gradient(GammaGammaParameters parameters, SpendHistory customer)
    {
        var (p, q, gamma) = (parameters.P, parameters.Q, parameters.Gamma);
        var (x, z) = (customer.Frequency, customer.MeanValue);
        var px = p * x;
        var s = gamma + x * z;
        var digammaTotal = SpecialFunctions.DiGamma(px + q);
        return
        [
            x * (digammaTotal - SpecialFunctions.DiGamma(px) + Math.Log(z) + Math.Log(x) - Math.Log(s)),
            digammaTotal - SpecialFunctions.DiGamma(q) + Math.Log(gamma) - Math.Log(s),
            q / gamma - (px + q) / s,
        ];
    }
}
