namespace ShopSmart.Reporting.Data;

/// <summary>A bin of mart.v_distribution: [lower, upper) on a log10 grid of quarter decades.</summary>
public sealed record DistributionBin(string Variable, int Index, double Lower, double Upper, long Count);
