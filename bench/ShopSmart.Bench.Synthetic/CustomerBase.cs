using System.Globalization;

namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// The customers and their traits, drawn once: when they arrive (a quarter were customers before the data starts,
/// the rest arrive along the seasonal shape), a BG/NBD-style purchase rate (gamma) and drop-out chance after each
/// purchase (beta) — which gives the heavy-tailed frequency of the UCI file — how much they buy per line and per
/// invoice (log-normal, so spend is heavy-tailed too), how often they send things back, their country, and their
/// favourite themes and products.
/// </summary>
internal sealed class CustomerBase
{
    public const int ThemesEach = 3;
    public const int FavouritesEach = 12;
    public const int FirstId = 12_346;

    // Customers' countries in the UCI file (share of customers).
    private static readonly (string Name, double Share)[] CountryShares =
    [
        ("United Kingdom", 0.9035), ("Germany", 0.0217), ("France", 0.0199), ("Spain", 0.0066), ("Belgium", 0.0055),
        ("Switzerland", 0.0046), ("Portugal", 0.0043), ("Italy", 0.0034), ("Finland", 0.0027), ("Norway", 0.0023),
        ("Netherlands", 0.0021), ("Austria", 0.0021), ("Channel Islands", 0.0021), ("Australia", 0.0021),
        ("Sweden", 0.0018), ("Japan", 0.0018), ("Denmark", 0.0018), ("Cyprus", 0.0016), ("Poland", 0.0014),
        ("USA", 0.0009), ("EIRE", 0.0007), ("Israel", 0.0009), ("Greece", 0.0009), ("Canada", 0.0009),
        ("Unspecified", 0.0009),
    ];

    public static IReadOnlyList<string> Countries { get; } = CountryShares.Select(c => c.Name).ToArray();

    public const byte HomeCountry = 0;

    private static readonly AliasTable CountryTable = new(CountryShares.Select(c => c.Share).ToArray());

    public CustomerBase(int count, Catalogue catalogue, Seasonality seasonality, long seed)
    {
        Count = count;
        ArrivalDay = new int[count];
        Rate = new float[count];
        Dropout = new float[count];
        QuantityScale = new float[count];
        Breadth = new float[count];
        ReturnPropensity = new float[count];
        Country = new byte[count];
        Themes = new int[count * ThemesEach];
        Favourites = new int[count * FavouritesEach];

        var rng = new Rng(seed, Streams.CustomerTraits, 0);
        for (var c = 0; c < count; c++)
        {
            rng.Reseed(seed, Streams.CustomerTraits, c);
            // Customers from before the data first show up in its first three months; the others are new when they arrive.
            ArrivalDay[c] = rng.Chance(0.25) ? seasonality.SampleDay(rng, Math.Min(90, seasonality.Days)) : seasonality.SampleDay(rng);
            Rate[c] = (float)rng.Gamma(0.6, 0.05);
            Dropout[c] = (float)rng.Beta(1, 6);
            QuantityScale[c] = (float)rng.LogNormal(1.0, 0.9);
            Breadth[c] = (float)rng.LogNormal(14, 0.7);
            ReturnPropensity[c] = (float)rng.Gamma(0.5, 2);
            Country[c] = (byte)CountryTable.Sample(rng);
            for (var t = 0; t < ThemesEach; t++)
            {
                Themes[c * ThemesEach + t] = catalogue.Themes.Sample(rng);
            }

            for (var f = 0; f < FavouritesEach; f++)
            {
                Favourites[c * FavouritesEach + f] = catalogue.SampleFromTheme(Themes[c * ThemesEach + rng.Next(ThemesEach)], rng);
            }
        }
    }

    public int Count { get; }

    public int[] ArrivalDay { get; }

    /// <summary>Purchases per day before thinning by the seasonal shape and before the size multiplier.</summary>
    public float[] Rate { get; }

    /// <summary>Chance of never coming back after a purchase.</summary>
    public float[] Dropout { get; }

    public float[] QuantityScale { get; }

    /// <summary>The customer's typical number of product lines per invoice.</summary>
    public float[] Breadth { get; }

    public float[] ReturnPropensity { get; }

    public byte[] Country { get; }

    public int[] Themes { get; }

    public int[] Favourites { get; }

    public static string Id(int customer) => (FirstId + customer).ToString(CultureInfo.InvariantCulture);

    public static byte SampleCountry(Rng rng) => (byte)CountryTable.Sample(rng);
}
