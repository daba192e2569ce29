using System.Diagnostics;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Next-best products per customer: association rules whose antecedent the customer bought and whose consequent they
/// have not, blended with the product-propensity score where one exists. Evaluated on the hold-out — rules and
/// baskets before T, purchases in [T, T + H) — by precision@K and Success@K against popularity (the most-bought
/// products the customer does not have) and "bought before" (the customer's own most-bought products).
/// </summary>
public static class NextBestProductStage
{
    public const string Model = "next_best_product";
    public const string Candidate = "rules + propensity";
    public const string Popularity = Core.Insights.CandidateNames.Popularity;
    public const string BoughtBefore = Core.Insights.CandidateNames.BoughtBefore;
    public const double PropensityWeight = 0.5;
    public static readonly int[] Ks = [1, 3, 5];

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var plan = context.Plan;
        var options = context.Options;
        var k = Math.Max(options.Recommendations, Ks.Max());

        context.Progress.Stage(Model, $"top {k} next-best products, evaluated on {plan.EvaluationCutoff:yyyy-MM-dd} + {plan.HorizonDays} days");
        BasketMiner.Mined evaluationRules;
        try
        {
            evaluationRules = context.Rules(plan.EvaluationCutoff);
        }
        catch (ItemsetLimitExceededException ex)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, ex.Message, clock));
            return;
        }

        var actual = context.WindowPurchases(plan.EvaluationCutoff).Pairs
            .GroupBy(p => p.CustomerKey)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(p => p.ProductKey).ToHashSet());
        var history = context.PurchaseHistory(plan.EvaluationCutoff);
        var evaluated = history.Customers.Where(actual.ContainsKey).ToList();
        if (evaluated.Count < options.MinPerClass || evaluationRules.Rules.Count == 0)
        {
            var reason = evaluationRules.Rules.Count == 0
                ? $"no association rule reaches support {options.MinSupport:P1}, confidence {options.MinConfidence:P0} and lift {options.MinLift} before {plan.EvaluationCutoff:yyyy-MM-dd}."
                : $"{evaluated.Count} customers bought again in the hold-out; at least {options.MinPerClass} are needed to evaluate.";
            context.Result.Runs.Add(StageRows.Skipped(context, Model, reason, clock));
            return;
        }

        // Ties go by stock code, not by surrogate key: the keys depend on the order the files were loaded in.
        var labels = context.ProductLabels();
        var order = context.ProductOrder();
        var popular = context.Products(plan.EvaluationCutoff)
            .OrderByDescending(p => p.RecentCustomers).ThenBy(p => p.ProductKey, order)
            .Select(p => p.ProductKey).ToList();
        var engine = new NextBestProducts(evaluationRules.Rules, order);
        var recommended = evaluated.ToDictionary(c => c, c =>
            Recommend(engine, history.Of(c), context.HoldoutProductScores?.For(c), k, null).Select(r => r.ProductKey).ToList());
        var byPopularity = evaluated.ToDictionary(c => c, c =>
        {
            var bought = Bought(history.Of(c));
            return popular.Where(p => !bought.Contains(p)).Take(k).ToList();
        });
        var byHistory = evaluated.ToDictionary(c => c, c =>
            history.Of(c).ToArray().OrderByDescending(h => h.Invoices).ThenByDescending(h => h.LastPurchaseDate)
                .ThenBy(h => h.ProductKey, order)
                .Select(h => h.ProductKey).Take(k).ToList());

        // Customers with no purchase before T cannot get a basket recommendation: every candidate is judged on the same ones.
        var holdOut = evaluated.ToDictionary(c => c, c => actual[c]);
        var report = new MetricWriter(context.Result, Model, "all");
        var modelMetrics = report.Ranking(Candidate, false, recommended, holdOut, Ks);
        var popularMetrics = report.Ranking(Popularity, true, byPopularity, holdOut, Ks);
        var historyMetrics = report.Ranking(BoughtBefore, true, byHistory, holdOut, Ks);
        // The next-best products are the last users of these reads (the product propensity ran before, in this lane).
        context.ForgetPairReads(plan.EvaluationCutoff);

        context.Progress.Stage(Model, $"recommendations as of {plan.ScoringCutoff:yyyy-MM-dd}");
        var scoringEngine = new NextBestProducts(context.Rules(plan.ScoringCutoff).Rules, order);
        var customers = 0;
        var scoringHistory = context.PurchaseHistory(plan.ScoringCutoff);
        foreach (var customer in scoringHistory.Customers)
        {
            var external = context.ScoringProductScores?.For(customer);
            var recommendations = Recommend(scoringEngine, scoringHistory.Of(customer), external, options.Recommendations, context.RuleIds);
            customers += recommendations.Count > 0 ? 1 : 0;
            foreach (var r in recommendations)
            {
                var product = labels[r.ProductKey];
                context.Result.Recommendations.Add(new CustomerRecommendationRow(
                    context.RunId, customer, r.Rank, r.ProductKey, product.StockCode, product.Description, r.Score,
                    r.ExternalScore is null ? "rules" : "blend", r.RuleId));
            }
        }

        context.ForgetPairReads(plan.ScoringCutoff);
        context.Result.Runs.Add(StageRows.Trained(
            context, Model, Candidate, $"{{\"k\":{options.Recommendations},\"propensity_weight\":{PropensityWeight}}}",
            evaluationRules.Invoices, evaluated.Count, customers, "success@5", modelMetrics[5].SuccessAtK,
            [(Popularity, popularMetrics[5].SuccessAtK), (BoughtBefore, historyMetrics[5].SuccessAtK)], null, clock));
    }

    private sealed record Pick(int Rank, int ProductKey, double Score, double? ExternalScore, int? RuleId);

    private static List<Pick> Recommend(
        NextBestProducts engine, ReadOnlySpan<ProductPurchase> history, IReadOnlyDictionary<int, double>? external, int k,
        IReadOnlyDictionary<AssociationRule, int>? ruleIds)
    {
        var bought = Bought(history);
        var options = new NextBestProductOptions { TopK = k, ExternalWeight = external is null ? 0 : PropensityWeight };
        return engine.For(bought, options, external)
            .Select(r => new Pick(r.Rank, r.ProductKey, r.Score, r.ExternalScore, ruleIds?.GetValueOrDefault(r.Rule)))
            .ToList();
    }

    private static HashSet<int> Bought(ReadOnlySpan<ProductPurchase> history)
    {
        var bought = new HashSet<int>(history.Length);
        foreach (var h in history)
        {
            bought.Add(h.ProductKey);
        }

        return bought;
    }
}
