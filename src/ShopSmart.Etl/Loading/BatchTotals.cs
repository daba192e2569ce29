namespace ShopSmart.Etl.Loading;

/// <summary>What the warehouse holds for a batch, counted in the database after the load.</summary>
public sealed record BatchTotals(long RowsLoaded, decimal LoadedValue, long RowsRejected, decimal RejectedValue);
