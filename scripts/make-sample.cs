#:package Sylvan.Data.Csv
// Makes the small real sample the quick start and core tests use, from the full UCI Online Retail CSV.
// Usage: dotnet run scripts/make-sample.cs -- <online_retail.csv.gz> <out.csv.gz> [percent=7]
// Keeps every line of a seeded ~percent% of customers (their purchases, cancellations and non-product lines)
// and every line of a seeded ~percent% of guest invoices (no CustomerID: guest sales, stock adjustments).
// Lines are copied byte for byte (Latin-1, same header and quoting), so the sample has the full file's quirks.
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Sylvan.Data.Csv;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run scripts/make-sample.cs -- <online_retail.csv.gz> <out.csv.gz> [percent]");
    return 2;
}

var percent = args.Length > 2 ? int.Parse(args[2]) : 7;
var latin1 = Encoding.Latin1;

// Seeded by the key itself: SHA-256 of "shopsmart-sample:" + key is stable across machines and runtimes.
bool Chosen(string key) => SHA256.HashData(Encoding.UTF8.GetBytes("shopsmart-sample:" + key))[0] * 100 / 256 < percent;

using var input = new StreamReader(new GZipStream(File.OpenRead(args[0]), CompressionMode.Decompress), latin1);
using var csv = CsvDataReader.Create(input, new CsvDataReaderOptions { HasHeaders = true });
using var output = new StreamWriter(new GZipStream(File.Create(args[1]), CompressionLevel.SmallestSize), latin1);
output.NewLine = "\n";
output.WriteLine(string.Join(',', Enumerable.Range(0, csv.FieldCount).Select(csv.GetName)));

int read = 0, kept = 0;
while (csv.Read())
{
    read++;
    var customer = csv.GetString(6);
    var key = customer.Length > 0 ? "customer:" + customer : "invoice:" + csv.GetString(0);
    if (Chosen(key))
    {
        output.WriteLine(csv.GetRawRecordSpan().TrimEnd("\r\n"));
        kept++;
    }
}

Console.WriteLine($"{args[1]}: kept {kept:N0} of {read:N0} lines ({percent}% of customers and of guest invoices)");
return 0;
