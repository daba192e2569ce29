namespace ShopSmart.Core.Configuration;

/// <summary>The configuration is missing or contradicts itself; the app exits with the usage code.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
