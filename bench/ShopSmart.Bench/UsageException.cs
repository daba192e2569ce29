namespace ShopSmart.Bench;

/// <summary>A bad bench command line: printed with the usage, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
