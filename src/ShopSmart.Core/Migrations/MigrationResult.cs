using ShopSmart.Core.Engines;

namespace ShopSmart.Core.Migrations;

/// <summary>What a migrate run did: the scripts it applied, or the script and error that stopped it.</summary>
public sealed record MigrationResult(bool Successful, IReadOnlyList<string> AppliedScripts, string? ErrorScript, Exception? Error)
{
    /// <summary>
    /// The exception to report for a failed run: a busy warehouse as itself (the same message every command gives),
    /// a script's error naming the script, anything else as it came.
    /// </summary>
    public Exception Failure()
    {
        for (var e = Error; e is not null; e = e.InnerException)
        {
            if (e is WarehouseBusyException busy)
            {
                return busy;
            }
        }

        return string.IsNullOrEmpty(ErrorScript)
            ? new InvalidOperationException($"Migration failed: {Error?.Message}", Error)
            : new InvalidOperationException($"Migration script {ErrorScript} failed: {Error?.Message}", Error);
    }
}
