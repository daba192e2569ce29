using System.Diagnostics;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Probabilistic CLV: BG/NBD (purchase days, in days) and Gamma-Gamma (mean repeat-day revenue), fitted by maximum
/// likelihood on the histories before the evaluation cut-off and checked on the hold-out (expected vs actual purchases
/// by frequency; predicted next-H-days revenue in the same metric table as the spend model), then refitted on all the
/// history to give each customer expected purchases and P(alive) for the next H days, expected order value and a
/// discounted CLV over ClvMonths.
/// </summary>
public static class ClvStage
{
    public const string Model = "clv";
    public const string Algorithm = "BG/NBD + Gamma-Gamma";
    public const double DaysPerMonth = 30.4375;

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var plan = context.Plan;
        var options = context.Options;
        var calibration = context.Features(plan.EvaluationCutoff);
        var scoring = context.Features(plan.ScoringCutoff);
        var refusal = Refusal(calibration, options);
        if (refusal is not null)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, refusal, clock));
            return;
        }

        context.Progress.Stage(Model, $"BG/NBD + Gamma-Gamma on {calibration.Count:N0} customer histories before {plan.EvaluationCutoff:yyyy-MM-dd}");
        ClvFit fit;
        try
        {
            fit = ClvModel.Fit(calibration.Select(History).ToList(), calibration.Select(MeanValue).ToList());
        }
        catch (ModelFitException ex)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, $"the maximum-likelihood fit did not converge: {ex.Message}", clock));
            return;
        }

        var report = new MetricWriter(context.Result, Model, "all");
        var horizon = plan.HorizonDays;
        var predicted = calibration.Select(c =>
        {
            var h = History(c);
            var purchases = BgNbdPredictions.ConditionalExpectedPurchases(fit.Purchases.Parameters, h, horizon);
            return purchases * GammaGammaPredictions.ConditionalExpectedAverageValue(fit.Spend.Parameters, h.Frequency, MeanValue(c));
        }).ToArray();
        var actual = calibration.Select(c => c.LabelRevenue).ToArray();
        var metrics = report.Regression(Algorithm, false, predicted, actual);
        report.PredictedVersusActual(Algorithm, predicted, actual, options.Seed);
        WriteFitChecks(context, fit, calibration, horizon);

        context.Progress.Stage(Model, $"refit on {scoring.Count:N0} histories up to {plan.ScoringCutoff:yyyy-MM-dd}; CLV over {options.ClvMonths} months");
        var final = ClvModel.Fit(scoring.Select(History).ToList(), scoring.Select(MeanValue).ToList());
        WriteParameters(context, final);
        var clvOptions = new ClvOptions { HorizonMonths = options.ClvMonths, MonthlyDiscountRate = options.MonthlyDiscountRate, TimeUnitsPerMonth = DaysPerMonth };
        foreach (var c in scoring)
        {
            var h = History(c);
            var value = CustomerLifetimeValue.Value(final.Purchases.Parameters, final.Spend.Parameters, h, MeanValue(c), clvOptions);
            var next = BgNbdPredictions.ConditionalExpectedPurchases(final.Purchases.Parameters, h, horizon);
            context.Result.Score(c.CustomerKey, c.CustomerId, s => s with
            {
                ExpectedPurchases = next,
                PAlive = value.ProbabilityAlive,
                ExpectedOrderValue = value.ExpectedAverageValue,
                Clv = value.DiscountedValue,
            });
        }

        WriteMatrices(context, final, scoring);
        context.Result.Runs.Add(StageRows.Trained(
            context, Model, Algorithm,
            $"{{\"time_unit\":\"day\",\"clv_months\":{options.ClvMonths},\"monthly_discount\":{options.MonthlyDiscountRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}",
            calibration.Count, calibration.Count, scoring.Count, "rmse", metrics.Rmse,
            [], null, clock));
    }

    /// <summary>
    /// Grades the CLV row against the spend model's baselines on the same hold-out (next-H-days revenue of the same
    /// customers), once both lanes are merged: CLV runs in a lane of its own, often before spend has finished.
    /// </summary>
    public static void GradeAgainstSpendBaselines(ModelingResult result)
    {
        var index = result.Runs.FindIndex(r => r.Model == Model && r.Status == ModelStatus.Trained);
        if (index < 0)
        {
            return;
        }

        var baselines = result.Metrics
            .Where(m => m.Model == Spend.SpendStage.Model && m.Scope == "all" && m.IsBaseline && m.Metric == "rmse" && m.Value is not null)
            .Select(m => (m.Candidate, m.Value!.Value))
            .ToList();
        result.Runs[index] = StageRows.Graded(result.Runs[index], baselines);
    }

    /// <summary>BG/NBD's (x, tₓ, T) in days: repeat purchase days, first-to-last span, first purchase to the cut-off.</summary>
    public static RepeatHistory History(CustomerFeatures c) => new(c.RepeatPurchases, c.RepeatSpanDays, Math.Max(c.TenureDays, c.RepeatSpanDays + 1));

    private static double MeanValue(CustomerFeatures c) => c.RepeatOrderValue ?? 0;

    private static string? Refusal(IReadOnlyList<CustomerFeatures> calibration, ModelingOptions options)
    {
        var repeaters = calibration.Count(c => c.RepeatPurchases > 0 && (c.RepeatOrderValue ?? 0) > 0);
        return calibration.Count < options.MinCustomers ? $"{calibration.Count} customers before the evaluation cut-off; at least {options.MinCustomers} are needed."
            : repeaters < options.MinPerClass ? $"{repeaters} customers with a repeat purchase; Gamma-Gamma needs at least {options.MinPerClass}."
            : null;
    }

    private static void WriteFitChecks(ModelingContext context, ClvFit fit, IReadOnlyList<CustomerFeatures> calibration, int horizon)
    {
        var histories = calibration.Select(History).ToList();
        var index = 0;
        foreach (var bucket in CalibrationChecks.RepeatPurchaseHistogram(fit.Purchases.Parameters, histories))
        {
            var label = bucket.IsOpenEnded ? $"{bucket.Frequency}+" : $"{bucket.Frequency}";
            context.Result.Curve(Model, "repeat_histogram", "actual", index, bucket.Frequency, bucket.Actual, label: label);
            context.Result.Curve(Model, "repeat_histogram", "expected", index, bucket.Frequency, bucket.Expected, label: label);
            index++;
        }

        index = 0;
        var holdout = calibration.Select(c => (double)c.LabelPurchaseDays).ToList();
        foreach (var bucket in CalibrationChecks.CalibrationVersusHoldout(fit.Purchases.Parameters, histories, holdout, horizon))
        {
            var label = bucket.IsOpenEnded ? $"{bucket.Frequency}+" : $"{bucket.Frequency}";
            context.Result.Curve(Model, "holdout_by_frequency", "actual", index, bucket.Frequency, bucket.MeanActual, bucket.Customers, label);
            context.Result.Curve(Model, "holdout_by_frequency", "expected", index, bucket.Frequency, bucket.MeanExpected, bucket.Customers, label);
            index++;
        }
    }

    private static void WriteParameters(ModelingContext context, ClvFit fit)
    {
        var r = context.Result;
        var (bg, gg) = (fit.Purchases.Parameters, fit.Spend.Parameters);
        foreach (var (metric, value) in new[]
        {
            ("r", bg.R), ("alpha", bg.Alpha), ("a", bg.A), ("b", bg.B), ("p", gg.P), ("q", gg.Q), ("gamma", gg.Gamma),
            ("bgnbd_log_likelihood", fit.Purchases.Diagnostics.LogLikelihood), ("gg_log_likelihood", fit.Spend.Diagnostics.LogLikelihood),
        })
        {
            r.Metric(Model, "parameters", Algorithm, false, metric, value);
        }
    }

    /// <summary>Expected purchases and P(alive) over (recency, frequency) for a customer of the median age, weekly steps.</summary>
    private static void WriteMatrices(ModelingContext context, ClvFit fit, IReadOnlyList<CustomerFeatures> scoring)
    {
        var ages = scoring.Select(c => (double)History(c).Age).Order().ToArray();
        var age = Math.Max(7, ages[ages.Length / 2]);
        var maxFrequency = Math.Min(20, scoring.Max(c => c.RepeatPurchases));
        var step = Math.Max(7, Math.Ceiling(age / 30));
        var index = 0;
        foreach (var cell in FrequencyRecencyMatrix.ExpectedPurchases(fit.Purchases.Parameters, maxFrequency, age, context.Plan.HorizonDays, step))
        {
            context.Result.Curve(Model, "frequency_recency", "expected_purchases", index++, cell.Recency, cell.Frequency, cell.Value);
        }

        index = 0;
        foreach (var cell in FrequencyRecencyMatrix.ProbabilityAlive(fit.Purchases.Parameters, maxFrequency, age, step))
        {
            context.Result.Curve(Model, "frequency_recency", "p_alive", index++, cell.Recency, cell.Frequency, cell.Value);
        }
    }
}
