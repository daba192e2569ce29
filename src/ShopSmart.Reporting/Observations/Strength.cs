namespace ShopSmart.Reporting.Observations;

/// <summary>Words for the size of a correlation coefficient (Cohen's conventional bands, by |r|).</summary>
public static class Strength
{
    /// <summary>The catalogue term of |r|: strong ≥ 0.5, moderate ≥ 0.3, weak ≥ 0.1, else negligible.</summary>
    public static string TermOf(double r) => Math.Abs(r) switch
    {
        >= 0.5 => "strength.strong",
        >= 0.3 => "strength.moderate",
        >= 0.1 => "strength.weak",
        _ => "strength.negligible",
    };
}
