using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ShopSmart.Bench;

/// <summary>
/// A deterministic Online Retail CSV of any size, for measuring the load beyond the UCI file's 541,909 lines: the same
/// seed and size always give the same bytes. Invoices of 1 to 40 lines a minute or two apart (a million lines span about four months), 4,000 products at fixed prices
/// (a few with a guest price tier), 5,000 customers over 38 countries, a quarter of the lines without a customer, 2%
/// cancellations, 0.5% exact duplicate lines. Simple on purpose: it measures volume, not realism.
/// </summary>
internal static class SyntheticFile
{
    public static long Write(string path, long lines, int seed)
    {
        var random = new Random(seed);
        var products = Enumerable.Range(0, 4000)
            .Select(i => (Code: (10000 + i).ToString(CultureInfo.InvariantCulture) + (i % 7 == 0 ? "A" : string.Empty),
                          Description: $"PRODUCT {i:D4} {(i % 3 == 0 ? "RED" : i % 3 == 1 ? "BLUE" : "WHITE")} {(i % 5 == 0 ? "SET OF 6" : "HOLDER")}",
                          Price: Math.Round(0.29m + (decimal)(random.NextDouble() * random.NextDouble() * 40), 2)))
            .ToArray();
        var countries = Enumerable.Range(0, 38).Select(i => i == 0 ? "United Kingdom" : $"Country {i:D2}").ToArray();
        var start = new DateTime(2010, 12, 1, 8, 0, 0);
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(zip, new UTF8Encoding(false), 1 << 16);
        writer.Write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        long written = 0;
        var invoice = 536365;
        var at = start;
        string? previous = null;
        while (written < lines)
        {
            invoice++;
            at = at.AddMinutes(random.Next(1, 3));
            if (at.Hour >= 20)
            {
                at = at.Date.AddDays(1).AddHours(8);
            }

            var cancelled = random.Next(50) == 0;
            var guest = random.Next(4) == 0;
            var customer = guest ? string.Empty : (12346 + random.Next(5000)).ToString(CultureInfo.InvariantCulture);
            var country = countries[random.Next(10) < 8 ? 0 : random.Next(countries.Length)];
            var size = random.Next(1, 41);
            for (var i = 0; i < size && written < lines; i++)
            {
                string line;
                if (previous is not null && random.Next(200) == 0)
                {
                    line = previous; // an exact duplicate of the line before
                }
                else
                {
                    var p = products[random.Next(products.Length)];
                    var quantity = (cancelled ? -1 : 1) * (random.Next(10) == 0 ? 12 * random.Next(1, 40) : random.Next(1, 13));
                    var price = guest && random.Next(3) == 0 ? p.Price * 2 : p.Price;
                    line = string.Create(CultureInfo.InvariantCulture,
                        $"{(cancelled ? "C" : string.Empty)}{invoice},{p.Code},{p.Description},{quantity},{at:M/d/yyyy H:mm},{price},{customer},{country}");
                }

                writer.Write(line);
                writer.Write('\n');
                previous = line;
                written++;
            }
        }

        return written;
    }
}
