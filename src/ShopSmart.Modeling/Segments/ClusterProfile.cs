namespace ShopSmart.Modeling.Segments;

/// <summary>A cluster's means in original units, what the naming rule reads.</summary>
public sealed record ClusterProfile(int ClusterId, int Customers, double RecencyDays, double Frequency, double Monetary, double TenureDays);
