using MathNet.Numerics;
using ShopSmart.Modeling.Clv;

namespace ShopSmart.Tests.Modeling.Clv;

/// <summary>
/// The CLV models' formulas on values known by hand or written independently here (Beta functions instead of the
/// product's log-Gamma sums; closed forms of ₂F₁), and the analytic gradients against finite differences.
/// </summary>
public sealed class ClvMathTests
{
    // The BG/NBD estimates Fader, Hardie & Lee (2005) publish for the CDNOW sample, in weeks.
    private static readonly BgNbdParameters Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void Hypergeometric_2F1_of_1_1_2_is_minus_log_1_minus_z_over_z(double z)
    {
        Assert.Equal(-Math.Log(1 - z) / z, GaussHypergeometric.Evaluate(1, 1, 2, z), 1e-10);
    }

    [Theory]
    [InlineData(0.5, 2.0, 0.4)]
    [InlineData(3.25, 7.5, 0.8)]
    public void Hypergeometric_2F1_with_b_equal_to_c_is_a_power(double a, double b, double z)
    {
        Assert.Equal(Math.Pow(1 - z, -a), GaussHypergeometric.Evaluate(a, b, b, z), 1e-9 * Math.Pow(1 - z, -a));
    }

    [Theory]
    [InlineData(0, 0, 38.86)]
    [InlineData(1, 1.71, 38.86)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(7, 12.0, 20.0)]
    public void BG_NBD_log_likelihood_is_equation_6_of_the_paper(double x, double recency, double age)
    {
        var (r, alpha, a, b) = (Cdnow.R, Cdnow.Alpha, Cdnow.A, Cdnow.B);
        var rate = SpecialFunctions.Gamma(r + x) * Math.Pow(alpha, r) / SpecialFunctions.Gamma(r);
        var expected = SpecialFunctions.Beta(a, b + x) / SpecialFunctions.Beta(a, b) * rate / Math.Pow(alpha + age, r + x)
            + (x > 0 ? SpecialFunctions.Beta(a + 1, b + x - 1) / SpecialFunctions.Beta(a, b) * rate / Math.Pow(alpha + recency, r + x) : 0);

        Assert.Equal(Math.Log(expected), BgNbdLikelihood.LogLikelihood(Cdnow, new RepeatHistory(x, recency, age)), 1e-10);
    }

    [Fact]
    public void Gamma_Gamma_log_likelihood_is_the_density_of_the_mean_value()
    {
        // p = 6, q = 4, γ = 15, a customer with x = 2 repeat purchases averaging 20:
        // f = Γ(16) / (Γ(12) Γ(4)) · 15⁴ · 20¹¹ · 2¹² / 55¹⁶
        var expected = Math.Log(SpecialFunctions.Gamma(16) / (SpecialFunctions.Gamma(12) * SpecialFunctions.Gamma(4)))
            + 4 * Math.Log(15) + 11 * Math.Log(20) + 12 * Math.Log(2) - 16 * Math.Log(55);

        Assert.Equal(expected, GammaGammaLikelihood.LogLikelihood(new GammaGammaParameters(6, 4, 15), new SpendHistory(2, 20)), 1e-10);
    }

    [Theory]
    [InlineData(0, 0, 38.86)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(14, 35.0, 37.5)]
    public void BG_NBD_gradient_matches_finite_differences(double x, double recency, double age)
    {
        var customer = new RepeatHistory(x, recency, age);
        var analytic = BgNbdLikelihood.Gradient(Cdnow, customer);
        var theta = new[] { Cdnow.R, Cdnow.Alpha, Cdnow.A, Cdnow.B };
        for (var j = 0; j < 4; j++)
        {
            var numeric = CentralDifference(theta, j, t => BgNbdLikelihood.LogLikelihood(new BgNbdParameters(t[0], t[1], t[2], t[3]), customer));
            Assert.Equal(numeric, analytic[j], 1e-5 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Gamma_Gamma_gradient_matches_finite_differences()
    {
        var customer = new SpendHistory(3, 41.5);
        var parameters = new GammaGammaParameters(6.25, 3.74, 15.44);
        var analytic = GammaGammaLikelihood.Gradient(parameters, customer);
        var theta = new[] { parameters.P, parameters.Q, parameters.Gamma };
        for (var j = 0; j < 3; j++)
        {
            var numeric = CentralDifference(theta, j, t => GammaGammaLikelihood.LogLikelihood(new GammaGammaParameters(t[0], t[1], t[2]), customer));
            Assert.Equal(numeric, analytic[j], 1e-5 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void A_customer_who_never_came_back_is_alive_and_one_who_stopped_long_ago_probably_is_not()
    {
        Assert.Equal(1.0, BgNbdPredictions.ProbabilityAlive(Cdnow, new RepeatHistory(0, 0, 38.86)));

        // P(alive) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)) for x = 2, tₓ = 30.43, T = 38.86
        var expected = 1 / (1 + (0.793 / (2.426 + 1)) * Math.Pow((4.414 + 38.86) / (4.414 + 30.43), 2.243));
        Assert.Equal(expected, BgNbdPredictions.ProbabilityAlive(Cdnow, new RepeatHistory(2, 30.43, 38.86)), 1e-12);
        Assert.True(BgNbdPredictions.ProbabilityAlive(Cdnow, new RepeatHistory(10, 2, 38.86)) < 0.05);
    }

    [Fact]
    public void Expected_purchases_of_the_papers_customer_are_1_226_in_39_weeks()
    {
        // Fader, Hardie & Lee (2005), section 5: a customer with x = 2, tₓ = 30.43, T = 38.86 is expected to make
        // 1.226 purchases in the next 39 weeks.
        var expected = BgNbdPredictions.ConditionalExpectedPurchases(Cdnow, new RepeatHistory(2, 30.43, 38.86), 39);

        Assert.Equal(1.226, expected, 0.0006);
    }

    [Fact]
    public void Expected_mean_value_is_the_weighted_mean_of_the_population_and_the_customer()
    {
        // p (γ + x z̄) / (p x + q − 1) = 6 (15 + 2·20) / (12 + 4 − 1) = 22; population mean p γ / (q − 1) = 30
        var parameters = new GammaGammaParameters(6, 4, 15);

        Assert.Equal(22, GammaGammaPredictions.ConditionalExpectedAverageValue(parameters, 2, 20), 1e-12);
        Assert.Equal(30, GammaGammaPredictions.PopulationMeanValue(parameters), 1e-12);
    }

    [Fact]
    public void Undiscounted_value_is_expected_purchases_times_expected_mean_value_and_discounting_lowers_it()
    {
        var spend = new GammaGammaParameters(6, 4, 15);
        var customer = new RepeatHistory(2, 30.43, 38.86);
        var plain = new ClvOptions { HorizonMonths = 12, MonthlyDiscountRate = 0, TimeUnitsPerMonth = 4.35 };

        var value = CustomerLifetimeValue.Value(Cdnow, spend, customer, 20, plain);
        var discounted = CustomerLifetimeValue.Value(Cdnow, spend, customer, 20, plain with { MonthlyDiscountRate = 0.01 });

        var purchases = BgNbdPredictions.ConditionalExpectedPurchases(Cdnow, customer, 12 * 4.35);
        Assert.Equal(purchases, value.ExpectedPurchases, 1e-12);
        Assert.Equal(purchases * 22, value.DiscountedValue, 1e-9);
        Assert.InRange(discounted.DiscountedValue, purchases * 22 / Math.Pow(1.01, 12), purchases * 22 / 1.01);
    }

    [Theory]
    [InlineData(39.0)]
    [InlineData(78.0)]
    public void The_purchase_count_distribution_sums_to_1_and_its_mean_is_the_expected_purchases(double t)
    {
        // Equations 8 and 9 of the paper, computed two different ways (incomplete beta tail; ₂F₁), must agree.
        var probabilities = Enumerable.Range(0, 400).Select(n => BgNbdPopulation.ProbabilityOfPurchases(Cdnow, t, n)).ToList();

        Assert.Equal(1.0, probabilities.Sum(), 1e-6);
        Assert.Equal(BgNbdPopulation.ExpectedPurchases(Cdnow, t), probabilities.Select((p, n) => p * n).Sum(), 1e-4);
    }

    [Fact]
    public void The_frequency_recency_grid_covers_every_x_and_recency_up_to_the_age()
    {
        var cells = FrequencyRecencyMatrix.ProbabilityAlive(Cdnow, maxFrequency: 3, age: 10, recencyStep: 2.5);

        // x = 0..3 by tₓ = 0, 2.5, 5, 7.5, 10; a customer who never came back is alive whatever tₓ
        Assert.Equal(4 * 5, cells.Count);
        Assert.Equal([0.0, 2.5, 5, 7.5, 10], cells.Where(c => c.Frequency == 1).Select(c => c.Recency));
        Assert.All(cells.Where(c => c.Frequency == 0), c => Assert.Equal(1.0, c.Value));
        Assert.True(cells.Single(c => c.Frequency == 3 && c.Recency == 10).Value > cells.Single(c => c.Frequency == 3 && c.Recency == 2.5).Value);
    }

    private static double CentralDifference(double[] theta, int j, Func<double[], double> f)
    {
        var h = 1e-6 * Math.Max(1, Math.Abs(theta[j]));
        var up = (double[])theta.Clone();
        var down = (double[])theta.Clone();
        up[j] += h;
        down[j] -= h;
        return (f(up) - f(down)) / (2 * h);
    }
}
