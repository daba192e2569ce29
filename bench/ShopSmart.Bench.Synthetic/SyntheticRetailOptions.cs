namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// What to generate. Only <see cref="Lines"/> is needed: the other sizes default to the UCI file's proportions, so a
/// bigger file is the same shop with more customers. Set <see cref="Customers"/> to vary lines and customers apart.
/// </summary>
public sealed class SyntheticRetailOptions
{
    /// <summary>Exact number of data lines written (the header not counted).</summary>
    public long Lines { get; set; } = 1_000_000;

    /// <summary>Customers with an id; default <see cref="Lines"/> × 4,372 / 541,909, as in the UCI file.</summary>
    public int? Customers { get; set; }

    /// <summary>Distinct products in the catalogue (the UCI file has 3,958 stock codes).</summary>
    public int Products { get; set; } = 3_900;

    /// <summary>First day of the data (the UCI file starts on 1 December 2010).</summary>
    public DateOnly Start { get; set; } = new(2010, 12, 1);

    /// <summary>Days covered, first to last (the UCI file: 374).</summary>
    public int Days { get; set; } = 374;

    public long Seed { get; set; } = 20_111_209;

    public int CustomerCount => Customers ?? (int)Math.Max(50, Math.Round(Lines * (double)RealDataRates.Customers / RealDataRates.Lines));

    /// <summary>Refuses sizes the shape cannot be kept at, naming the option and the limit.</summary>
    public void Validate()
    {
        if (Lines < 10_000)
        {
            throw new ArgumentException($"--lines {Lines}: at least 10,000 lines, or the rates cannot be kept.");
        }

        if (Lines > 2_000_000_000)
        {
            throw new ArgumentException($"--lines {Lines}: at most 2,000,000,000 lines.");
        }

        if (CustomerCount < 50 || CustomerCount > Lines / 10)
        {
            throw new ArgumentException($"--customers {CustomerCount}: between 50 and one per 10 lines ({Lines / 10:N0}).");
        }

        if (Products < 100 || Products > 80_000)
        {
            throw new ArgumentException($"--products {Products}: between 100 and 80,000.");
        }

        if (Days < 280 || Days > 20 * 366)
        {
            throw new ArgumentException($"--days {Days}: between 280 (the models need three 90-day windows) and 20 years.");
        }
    }
}
