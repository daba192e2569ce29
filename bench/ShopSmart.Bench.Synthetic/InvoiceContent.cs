namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// Draws the product lines of a purchase from the invoice's own stream: distinct products, from the customer's
/// favourites, favourite themes or the whole range (guests: a theme or the range); quantities in the packs the trade
/// buys (guests: ones and twos, at retail prices). Line j depends only on lines before it, so a cancellation draws
/// its purchase again up to the last line it cancels and gets the same products, quantities and prices.
/// </summary>
internal sealed class InvoiceContent
{
    // Quantities people type: snapping to these keeps the UCI file's lumpy distribution (6, 12, 24, 48, 96...).
    private static readonly int[] UsualQuantities =
    [
        1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 18, 20, 24, 25, 30, 32, 36, 40, 48, 50, 60, 64, 72, 80, 96, 100, 120, 144,
        160, 192, 200, 240, 288, 300, 360, 384, 400, 432, 480, 500, 576, 600, 720, 800, 960, 1000, 1200, 1440, 1500,
        1728, 2000, 2400, 2880, 3000, 3456, 4000, 4800, 5000, 6000, 7200, 9600, 10000, 12000, 24000, 48000, 74000,
    ];

    private readonly Catalogue _catalogue;
    private readonly CustomerBase _customers;
    private readonly long _seed;
    private readonly Rng _rng;
    private readonly int[] _stamp;
    private int _currentStamp;

    public InvoiceContent(Catalogue catalogue, CustomerBase customers, long seed)
    {
        _catalogue = catalogue;
        _customers = customers;
        _seed = seed;
        _rng = new Rng(seed, Streams.InvoiceContent, 0);
        _stamp = new int[catalogue.Count];
        Products = new int[1_024];
        Quantities = new int[1_024];
        PricesMilli = new int[1_024];
    }

    public int[] Products { get; private set; }

    public int[] Quantities { get; private set; }

    public int[] PricesMilli { get; private set; }

    /// <summary>Fills the first <paramref name="lines"/> product lines of purchase <paramref name="seq"/>.</summary>
    public void Fill(int seq, int customer, int lines)
    {
        if (Products.Length < lines)
        {
            Products = new int[lines];
            Quantities = new int[lines];
            PricesMilli = new int[lines];
        }

        _rng.Reseed(_seed, Streams.InvoiceContent, seq);
        _currentStamp++;
        for (var j = 0; j < lines; j++)
        {
            var product = Distinct(customer >= 0 ? PickForCustomer(customer) : PickForGuest());
            Products[j] = product;
            if (customer >= 0)
            {
                var quantity = _catalogue.BaseQuantity[product] * _customers.QuantityScale[customer] * _rng.LogNormal(1, 0.6);

                // Once in a few hundred thousand lines a huge order (the UCI file has 74,215 and 80,995 units).
                if (_rng.Chance(3e-6))
                {
                    quantity = _rng.LogNormal(20_000, 0.8);
                }

                Quantities[j] = Usual(quantity);
                PricesMilli[j] = _catalogue.PriceMilli[product];
            }
            else
            {
                Quantities[j] = _rng.Chance(0.5) ? 1 : Usual(_rng.LogNormal(2, 0.8));
                PricesMilli[j] = (int)Math.Round(_catalogue.PriceMilli[product] * 1.65 / 10) * 10;
            }
        }
    }

    private int PickForCustomer(int customer)
    {
        var u = _rng.NextDouble();
        return u < 0.35 ? _customers.Favourites[customer * CustomerBase.FavouritesEach + _rng.Next(CustomerBase.FavouritesEach)]
            : u < 0.8 ? _catalogue.SampleFromTheme(_customers.Themes[customer * CustomerBase.ThemesEach + _rng.Next(CustomerBase.ThemesEach)], _rng)
            : _catalogue.Global.Sample(_rng);
    }

    private int PickForGuest() =>
        _rng.Chance(0.5) ? _catalogue.SampleFromTheme(_catalogue.Themes.Sample(_rng), _rng) : _catalogue.Global.Sample(_rng);

    /// <summary>A product not on the invoice yet: draw again a few times, then take the next free one.</summary>
    private int Distinct(int product)
    {
        for (var attempt = 0; _stamp[product] == _currentStamp; attempt++)
        {
            product = attempt < 16 ? _catalogue.Global.Sample(_rng) : (product + 1) % _catalogue.Count;
        }

        _stamp[product] = _currentStamp;
        return product;
    }

    private static int Usual(double quantity)
    {
        var index = Array.BinarySearch(UsualQuantities, (int)Math.Min(quantity, int.MaxValue));
        if (index >= 0)
        {
            return UsualQuantities[index];
        }

        index = ~index;
        if (index == 0)
        {
            return UsualQuantities[0];
        }

        if (index == UsualQuantities.Length)
        {
            return UsualQuantities[^1];
        }

        // Nearest on a log scale.
        var (low, high) = (UsualQuantities[index - 1], UsualQuantities[index]);
        return quantity * quantity < (double)low * high ? low : high;
    }
}
