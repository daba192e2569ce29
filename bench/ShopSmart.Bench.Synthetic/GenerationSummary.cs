namespace ShopSmart.Bench.Synthetic;

/// <summary>What a generation wrote, counted as it was written.</summary>
public sealed record GenerationSummary(
    LinePlan Plan,
    long Lines,
    long Bytes,
    int Customers,
    int Products,
    int Invoices,
    DateOnly FirstDay,
    DateOnly LastDay,
    double RateMultiplier,
    TimeSpan Elapsed);
