using System.Diagnostics;
using System.Globalization;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Market basket: the association rules of the BasketDays before the scoring cut-off, written with product codes and
/// descriptions so they read as "customers who buy X also buy Y".
/// </summary>
public static class BasketsStage
{
    public const string Model = "baskets";
    public const string Algorithm = "FP-Growth";

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var options = context.Options;
        var cutoff = context.Plan.ScoringCutoff;
        context.Progress.Stage(Model, $"FP-Growth on the invoices of {cutoff.AddDays(-options.BasketDays):yyyy-MM-dd} to {cutoff.AddDays(-1):yyyy-MM-dd}");
        BasketMiner.Mined mined;
        try
        {
            mined = context.Rules(cutoff);
        }
        catch (ItemsetLimitExceededException ex)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, ex.Message, clock));
            return;
        }

        var byKey = context.ProductLabels();
        // Rule ids and the order of an antecedent's products go by stock code, not by key (ProductOrder).
        var order = context.ProductOrder();
        var id = 0;
        foreach (var rule in mined.Rules.OrderByDescending(r => r.Lift).ThenByDescending(r => r.Confidence)
                     .ThenBy(r => r, Comparer<AssociationRule>.Create((x, y) => RuleStrength.Compare(x, y, order))))
        {
            var items = order.Sorted(rule.Antecedent);
            var antecedent = items.Select(k => byKey.GetValueOrDefault(k)).ToList();
            var consequent = byKey.GetValueOrDefault(rule.Consequent);
            context.RuleIds[rule] = ++id;
            context.Result.Rules.Add(new AssociationRuleRow
            {
                RunId = context.RunId,
                RuleId = id,
                AntecedentKeys = string.Join(",", items),
                AntecedentCodes = string.Join(",", antecedent.Select((p, i) => p?.StockCode ?? items[i].ToString(CultureInfo.InvariantCulture))),
                AntecedentDescriptions = Truncate(string.Join(" + ", antecedent.Select(p => p?.Description ?? "?")), 1000),
                AntecedentSize = rule.Antecedent.Count,
                ConsequentKey = rule.Consequent,
                ConsequentCode = consequent?.StockCode ?? rule.Consequent.ToString(CultureInfo.InvariantCulture),
                ConsequentDescription = consequent?.Description,
                Invoices = rule.Count,
                Support = rule.Support,
                Confidence = rule.Confidence,
                Lift = rule.Lift,
                Leverage = rule.Leverage,
                Conviction = double.IsFinite(rule.Conviction) ? rule.Conviction : null,
            });
        }

        var r = context.Result;
        r.Metric(Model, "all", Algorithm, false, "invoices", mined.Invoices);
        r.Metric(Model, "all", Algorithm, false, "min_count", mined.MinCount);
        r.Metric(Model, "all", Algorithm, false, "itemsets", mined.Itemsets);
        r.Metric(Model, "all", Algorithm, false, "rules", mined.Rules.Count);
        r.Runs.Add(new ModelRunRow
        {
            RunId = context.RunId,
            Model = Model,
            Status = ModelStatus.Trained,
            Message = $"{mined.Rules.Count:N0} rules from {mined.Itemsets:N0} frequent itemsets over {mined.Invoices:N0} invoices.",
            Algorithm = Algorithm,
            Parameters = string.Format(CultureInfo.InvariantCulture,
                "{{\"min_support\":{0},\"min_confidence\":{1},\"min_lift\":{2},\"max_length\":3,\"days\":{3}}}",
                options.MinSupport, options.MinConfidence, options.MinLift, options.BasketDays),
            Seed = options.Seed,
            ScoringCutoff = cutoff,
            HorizonDays = context.Plan.HorizonDays,
            TrainingRows = mined.Invoices,
            DurationMs = clock.ElapsedMilliseconds,
        });
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
