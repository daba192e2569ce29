using System.Diagnostics;
using System.Reflection;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Runs;
using ShopSmart.Modeling.Baskets;
using ShopSmart.Modeling.Clv;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Propensity;
using ShopSmart.Modeling.Segments;
using ShopSmart.Modeling.Spend;

namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// A modelling run top to bottom: check the data and options, plan the cut-offs, run each model (segments, purchase
/// propensity, spend, CLV, baskets, product propensity, next-best products), profile the segments, then write every
/// row in one transaction. A model the data cannot support is recorded as skipped and the others go on.
/// </summary>
public static class ModelingPipeline
{
    public static ModelingResult Run(WarehouseEngine engine, ModelingOptions options, long? jobRunId, IModelingProgress progress)
    {
        var clock = Stopwatch.StartNew();
        using var warehouse = new ModelingWarehouse(engine, options.DuckDbMemoryLimit);
        var range = warehouse.Range();
        var plan = CutoffPlan.Create(range, options);
        var products = warehouse.Products(plan.ScoringCutoff, plan.HorizonDays);
        RequireProducts(products, options);

        var context = new ModelingContext(options, plan, warehouse.NextRunId(), warehouse, progress);
        var owner = SavedModelRetention.Owner(engine);
        if (SavedModelRetention.OtherOwner(context.RunFolder, owner) is { } other)
        {
            // Run ids are numbered per warehouse: this run would save over that warehouse's models, then prune them.
            throw new BadInputException(
                $"{context.RunFolder} holds the saved models of run {context.RunId} of another warehouse ({other}). Give each warehouse its own model folder (--model-folder, Modeling:ModelFolder).");
        }

        progress.Stage("plan", $"run {context.RunId}: evaluation cut-off {plan.EvaluationCutoff:yyyy-MM-dd}, scoring cut-off {plan.ScoringCutoff:yyyy-MM-dd}, horizon {plan.HorizonDays} days");

        // No read ahead: each lane reads what it needs when it first needs it, one read at a time on the connection,
        // while the other lane computes (reading everything first took ~2.5 s on full UCI, DuckDB using ~1.6 of the
        // two cores, before any model started).
        var customers = context.ForLane();
        var baskets = context.ForLane();
        // CLV needs nothing from the other models: the lane that finishes its own models first runs it. On full UCI that
        // is the basket lane, at 80 k customers the customer lane (product propensity grows with customers × products).
        // Its rows go to a result of their own, merged in the customer models' place whichever thread ran it.
        var clv = context.ForLane();
        var clvTaken = 0;
        void ClvIfFirstDone()
        {
            if (Interlocked.Exchange(ref clvTaken, 1) == 0)
            {
                ClvStage.Run(clv);
            }
        }

        InParallel(
            () =>
            {
                SegmentsStage.Run(customers);
                StageMemory.Release();
                PurchasePropensityStage.Run(customers);
                StageMemory.Release();
                SpendStage.Run(customers);
                StageMemory.Release();
                ClvIfFirstDone();
            },
            () =>
            {
                BasketsStage.Run(baskets);
                StageMemory.Release();
                ProductPropensityStage.Run(
                    baskets,
                    ProductPropensityStage.Targets(baskets.Products(plan.EvaluationCutoff), options),
                    ProductPropensityStage.Targets(products, options));
                StageMemory.Release();
                NextBestProductStage.Run(baskets);
                StageMemory.Release();
                ClvIfFirstDone();
            });
        StageMemory.Release();
        context.Result.Merge(customers.Result);
        context.Result.Merge(clv.Result);
        context.Result.Merge(baskets.Result);
        ClvStage.GradeAgainstSpendBaselines(context.Result);
        SegmentProfiles.Write(context);

        var version = CodeVersion();
        var createdAt = DateTime.UtcNow;
        for (var i = 0; i < context.Result.Runs.Count; i++)
        {
            context.Result.Runs[i] = context.Result.Runs[i] with { JobRunId = jobRunId, CodeVersion = version, CreatedAt = createdAt };
        }

        progress.Stage("write", $"{context.Result.CustomerScores.Count:N0} customer scores, {context.Result.Rules.Count:N0} rules, {context.Result.Metrics.Count:N0} metrics ({clock.Elapsed.TotalSeconds:0.0} s so far)");
        var oldestKept = ModelRunWriter.Write(engine, context.Result, options.KeepRuns);
        if (SavedModelRetention.Claim(context.RunFolder, owner) is { } unmarked)
        {
            progress.Stage("write", $"warning: this run's saved models could not be marked as this warehouse's and will not be pruned ({unmarked})");
        }

        if (oldestKept is { } oldest)
        {
            foreach (var failure in SavedModelRetention.Prune(context.ModelRoot, oldest, owner))
            {
                progress.Stage("write", $"warning: an old run's saved models were not removed ({failure})");
            }
        }

        progress.Stage("done", $"run {context.RunId} written in {clock.Elapsed.TotalSeconds:0.0} s");
        return context.Result;
    }


    /// <summary>
    /// Runs two independent lanes on two threads. Each model is single-threaded and seeded, so the results do not
    /// depend on the interleaving; the first failure is rethrown as itself.
    /// </summary>
    private static void InParallel(Action first, Action second)
    {
        try
        {
            Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = 2 }, first, second);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>Products named on the command line must exist: a typo must not silently model nothing.</summary>
    private static void RequireProducts(IReadOnlyList<ProductInfo> products, ModelingOptions options)
    {
        var known = products.Select(p => p.StockCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = options.Products.Where(p => !known.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            throw new BadInputException(
                $"--product {string.Join(", ", missing)}: no purchase of {(missing.Count == 1 ? "this stock code" : "these stock codes")} in the warehouse.");
        }
    }

    /// <summary>The informational version the SDK stamps (version + commit), else the assembly version.</summary>
    public static string CodeVersion()
    {
        var assembly = typeof(ModelingPipeline).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return version.Length <= 60 ? version : version[..60];
    }
}
