namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// The products: stock codes (some as lettered colour variants of one number, as 84997A–D), gift-shop descriptions
/// grouped in themes, a price and the quantity a trade customer usually buys. Popularity is Zipf-like with noise, so
/// a few hundred products sit in more than 1% of invoices, as in the UCI file; themes make baskets co-occur.
/// </summary>
internal sealed class Catalogue
{
    private static readonly string[] Styles =
    [
        "REGENCY", "RETROSPOT", "VINTAGE", "PANTRY", "SPACEBOY", "DOLLY GIRL", "WOODLAND", "SKULLS", "PAISLEY",
        "FLORAL", "HEART", "STRAWBERRY", "CHRISTMAS", "EASTER", "BIRD", "BAROQUE", "GINGHAM", "POLKADOT", "ENAMEL",
        "KNITTED", "FRENCH", "ANTIQUE", "JUMBO", "MINI", "PARISIENNE", "SCANDINAVIAN", "JAM MAKING", "TEA TIME",
        "LOVE", "GARDEN", "CIRCUS", "ALPHABET", "DINOSAUR", "RABBIT", "OWL", "CHERRY", "LAVENDER", "ROSE", "STAR",
        "ZINC",
    ];

    private static readonly string[] Colours =
    [
        "RED", "BLUE", "PINK", "WHITE", "CREAM", "IVORY", "GREEN", "BLACK", "SILVER", "GOLD", "PURPLE", "ORANGE",
        "YELLOW", "TURQUOISE", "GREY", "BROWN",
    ];

    private static readonly string[] Items =
    [
        "T-LIGHT HOLDER", "LANTERN", "COAT HANGER", "HOT WATER BOTTLE", "SHOPPER BAG", "MUG", "TEACUP AND SAUCER",
        "CAKE STAND", "LUNCH BOX", "NAPKINS", "CANDLE", "DOORSTOP", "PHOTO FRAME", "WALL CLOCK", "METAL SIGN",
        "BUNTING", "PARTY CUPS", "PAPER PLATES", "GIFT WRAP", "HANGING DECORATION", "CUSHION COVER", "APRON",
        "PURSE", "NOTEBOOK", "CAKE CASES", "STORAGE JAR", "TRINKET BOX", "BAKING SET", "CHOPPING BOARD",
        "TISSUE BOX", "PEG BAG", "WATERING CAN", "PLANT POT", "ALARM CLOCK", "JEWELLERY BOX", "RIBBON REEL",
        "STICKER SHEET", "CHILDRENS CUTLERY", "WASHBAG", "KEY RING", "DRAWER KNOB", "BIRD HOUSE", "FRIDGE MAGNET",
        "GLASS BOTTLE", "TABLE RUNNER", "OVEN GLOVE", "TEA TOWEL", "PENCIL CASE", "SNACK BOX", "PICNIC BASKET",
    ];

    private static readonly string[] Packs = ["", "SET OF 3 ", "SET OF 6 ", "SET/4 ", "PACK OF 12 ", "SMALL ", "LARGE "];

    public Catalogue(int count, long seed)
    {
        Count = count;
        Code = new string[count];
        LowerCode = new string?[count];
        Description = new string[count];
        Variant = new string?[count];
        PriceMilli = new int[count];
        BaseQuantity = new int[count];
        Theme = new int[count];

        var rng = new Rng(seed, Streams.Catalogue, 0);
        var themeCount = Math.Max(12, count / 60);
        var themeNames = ThemeNames(themeCount);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<int>();
        var digits = count > 40_000 ? 6 : 5;
        var groupStart = 0;
        var groupNumber = 0;
        var item = "";
        for (var p = 0; p < count; p++)
        {
            // One in twenty products is another colour of the one before it: same number, a letter after it.
            var variant = p > 0 && p - groupStart < 6 && rng.Chance(0.05);
            if (!variant)
            {
                groupStart = p;
                do
                {
                    groupNumber = digits == 5 ? 10_002 + rng.Next(89_990) : 100_002 + rng.Next(899_990);
                }
                while (!codes.Add(groupNumber));

                Theme[p] = rng.Next(themeCount);
                item = Packs[rng.Next(Packs.Length)] + Items[rng.Next(Items.Length)];
            }
            else
            {
                Theme[p] = Theme[groupStart];
            }

            Code[p] = groupNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (p > groupStart)
            {
                for (var q = groupStart; q <= p; q++)
                {
                    Code[q] = groupNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) + (char)('A' + q - groupStart);
                    LowerCode[q] = Code[q].ToLowerInvariant();
                }
            }

            Description[p] = UniqueDescription(themeNames[Theme[p]], item, rng, used);

            // A sixth of the descriptions carry a trailing space, as in the UCI file; some have a second wording.
            if (rng.Chance(0.17))
            {
                Description[p] += " ";
            }

            if (rng.Chance(0.08))
            {
                Variant[p] = Description[p].TrimEnd() + (rng.Chance(0.5) ? " DESIGN" : " ASSORTED");
            }

            var price = Math.Clamp(rng.LogNormal(1.8, 0.85), 0.06, 300);
            PriceMilli[p] = NicePriceMilli(price, rng);
            BaseQuantity[p] = price < 0.5 ? 24 : price < 1 ? 12 : price < 2.5 ? 6 : price < 5 ? 4 : price < 10 ? 2 : 1;
        }

        // Popularity: a random rank's Zipf weight, with noise.
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var popularity = new double[count];
        for (var rank = 0; rank < count; rank++)
        {
            popularity[order[rank]] = Math.Pow(rank + 1, -0.45) * rng.LogNormal(1, 0.25);
        }

        Global = new AliasTable(popularity);
        ThemeMembers = new int[themeCount][];
        ByTheme = new AliasTable[themeCount];
        var themeWeight = new double[themeCount];
        for (var t = 0; t < themeCount; t++)
        {
            var members = Enumerable.Range(0, count).Where(p => Theme[p] == t).ToArray();
            if (members.Length == 0)
            {
                members = [rng.Next(count)];
            }

            ThemeMembers[t] = members;
            ByTheme[t] = new AliasTable(members.Select(p => popularity[p]).ToArray());
            themeWeight[t] = members.Sum(p => popularity[p]);
        }

        Themes = new AliasTable(themeWeight);
    }

    public int Count { get; }

    public string[] Code { get; }

    /// <summary>The lower-case spelling of a lettered code (85123a), which the ETL folds into one product.</summary>
    public string?[] LowerCode { get; }

    public string[] Description { get; }

    public string?[] Variant { get; }

    public int[] PriceMilli { get; }

    public int[] BaseQuantity { get; }

    public int[] Theme { get; }

    public AliasTable Global { get; }

    public AliasTable Themes { get; }

    public int[][] ThemeMembers { get; }

    public AliasTable[] ByTheme { get; }

    public int SampleFromTheme(int theme, Rng rng) => ThemeMembers[theme][ByTheme[theme].Sample(rng)];

    private static string[] ThemeNames(int count)
    {
        var names = new string[count];
        for (var t = 0; t < count; t++)
        {
            names[t] = t < Styles.Length
                ? Styles[t]
                : Styles[t % Styles.Length] + " " + Styles[(t / Styles.Length + t) % Styles.Length];
        }

        return names;
    }

    private static string UniqueDescription(string theme, string item, Rng rng, HashSet<string> used)
    {
        var text = $"{Colours[rng.Next(Colours.Length)]} {theme} {item}";

        // A few descriptions hold a comma, so the CSV has quoted fields as the UCI export does.
        if (rng.Chance(0.02))
        {
            text = $"{theme} {item}, {Colours[rng.Next(Colours.Length)]}";
        }

        var candidate = text;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{text} {n}";
        }

        return candidate;
    }

    private static int NicePriceMilli(double price, Rng rng)
    {
        // Shop prices: pence under £1, 5p steps to £10, then .95 or whole pounds.
        if (price < 1)
        {
            return (int)Math.Round(price * 100) * 10;
        }

        if (price < 10)
        {
            return (int)Math.Round(price * 20) * 50;
        }

        return ((int)Math.Floor(price) * 1000) + (rng.Chance(0.6) ? 950 : 0);
    }
}
