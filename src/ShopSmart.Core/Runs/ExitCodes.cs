namespace ShopSmart.Core.Runs;

/// <summary>Process exit codes every app uses; schedulers (cron, SQL Server Agent) act on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
