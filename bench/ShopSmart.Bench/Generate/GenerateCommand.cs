using ShopSmart.Bench.Synthetic;

namespace ShopSmart.Bench.Generate;

/// <summary><c>generate FILE --lines N [--customers N] [--products N] [--days N] [--seed N]</c>: a synthetic file.</summary>
internal static class GenerateCommand
{
    public static int Run(Arguments args)
    {
        var path = args.Required(1, "the output file (.csv or .csv.gz)");
        var options = new SyntheticRetailOptions
        {
            Lines = args.Long("lines") ?? 1_000_000,
            Customers = args.Long("customers") is { } customers ? checked((int)customers) : null,
            Products = args.Int("products", 3_900),
            Days = args.Int("days", 374),
            Seed = args.Long("seed") ?? 20_111_209,
        };

        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        Console.WriteLine($"generating {options.Lines:N0} lines, {options.CustomerCount:N0} customers, {options.Products:N0} products, {options.Days} days, seed {options.Seed} → {path}");
        var summary = SyntheticRetailGenerator.GenerateFile(options, path);
        var plan = summary.Plan;
        Console.WriteLine(
            $"wrote {summary.Lines:N0} lines ({summary.Bytes / 1048576.0:N0} MiB) in {summary.Elapsed.TotalSeconds:0.0} s " +
            $"({summary.Lines / summary.Elapsed.TotalSeconds:N0} lines/s): {summary.Invoices:N0} invoices, {summary.FirstDay:yyyy-MM-dd} to {summary.LastDay:yyyy-MM-dd}, " +
            $"purchase-rate multiplier {summary.RateMultiplier:0.00}");
        Console.WriteLine(
            $"  cancellations {plan.Cancellations:N0}, missing customer {plan.MissingCustomer:N0}, duplicates {plan.Duplicates:N0}, " +
            $"non-product {plan.NonProduct:N0}, stock adjustments {plan.StockAdjustments:N0}, bad debt {plan.BadDebts:N0}");
        return 0;
    }
}
