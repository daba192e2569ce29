namespace ShopSmart.Core.Migrations;

/// <summary>What a migrate run did: the scripts it applied, or the script and error that stopped it.</summary>
public sealed record MigrationResult(bool Successful, IReadOnlyList<string> AppliedScripts, string? ErrorScript, Exception? Error);
