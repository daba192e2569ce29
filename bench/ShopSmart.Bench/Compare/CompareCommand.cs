namespace ShopSmart.Bench.Compare;

internal static class CompareCommand
{
    public static int Run(Arguments args) => throw new UsageException("compare: not yet");
}
