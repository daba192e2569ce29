namespace ShopSmart.Etl.Loading;

/// <summary>A batch whose rows or value do not add up; it is rolled back rather than committed.</summary>
public sealed class ReconciliationException(string message) : Exception(message);
