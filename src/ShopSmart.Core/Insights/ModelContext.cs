namespace ShopSmart.Core.Insights;

/// <summary>The latest modelling run, as far as recommendations need it; absent before the first run.</summary>
public sealed record ModelContext(long RunId, int HorizonDays, DateOnly? ScoringCutoff, IReadOnlySet<string> TrainedModels);
