using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// Writes an Online Retail-shaped CSV of any size, the same bytes for the same options and seed: the UCI header and
/// date format (M/d/yyyy H:mm), invoices in time order, and the file's quirks at its rates (<see cref="LinePlan"/>):
/// cancellations of earlier purchases, guest orders without a customer, exact duplicate lines, fee and postage
/// lines, stock adjustments, a bad-debt entry now and then, lower-case and lettered stock codes, descriptions with a
/// trailing space or a second wording. Memory grows with invoices and customers (about 40 bytes an invoice), never
/// with lines.
/// </summary>
public static class SyntheticRetailGenerator
{
    public const string Header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    // The UCI file's first invoice number; all kinds share the sequence, as there.
    private const int FirstInvoiceNumber = 536_365;

    private static readonly string[] AdjustmentNotes =
    [
        "check", "?", "damages", "damaged", "found", "sold as set on dotcom", "adjustment", "Damaged",
        "Unsaleable, destroyed.", "thrown away", "wet damaged", "lost", "missing", "mixed up",
    ];

    /// <summary>Writes the file (gzip when the name ends in .gz), whole or not at all.</summary>
    public static GenerationSummary GenerateFile(SyntheticRetailOptions options, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".part";
        GenerationSummary summary;
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (full.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gzip = new GZipStream(file, CompressionLevel.Fastest);
                summary = Generate(options, gzip);
            }
            else
            {
                summary = Generate(options, file);
            }
        }

        File.Move(temporary, full, overwrite: true);
        return summary;
    }

    public static GenerationSummary Generate(SyntheticRetailOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var plan = LinePlan.For(options.Lines);
        var season = new Seasonality(options.Start, options.Days);
        var catalogue = new Catalogue(options.Products, options.Seed);
        var customers = new CustomerBase(options.CustomerCount, catalogue, season, options.Seed);
        var schedule = InvoiceSchedule.Build(options, plan, catalogue, customers, season);

        long lines = 0;
        using (var writer = new CsvLineWriter(output))
        {
            var header = System.Text.Encoding.ASCII.GetBytes(Header + "\n");
            output.Write(header);
            var emitter = new Emitter(writer, catalogue, customers, schedule, options);
            for (var i = 0; i < schedule.Invoices.Length; i++)
            {
                lines += emitter.Write(schedule.Invoices[i], FirstInvoiceNumber + i);
            }

            return new GenerationSummary(
                plan, lines, writer.Bytes + header.Length, customers.Count, catalogue.Count, schedule.Invoices.Length,
                options.Start, options.Start.AddDays(options.Days - 1), schedule.RateMultiplier, clock.Elapsed);
        }
    }

    /// <summary>Writes one invoice's lines; holds the reusable buffers.</summary>
    private sealed class Emitter(CsvLineWriter writer, Catalogue catalogue, CustomerBase customers, InvoiceSchedule schedule, SyntheticRetailOptions options)
    {
        private readonly InvoiceContent _content = new(catalogue, customers, options.Seed);
        private readonly Rng _rng = new(options.Seed, Streams.InvoiceDecoration, 0);
        private readonly HashSet<int> _duplicated = [];
        private string _invoiceNo = "";
        private string _date = "";
        private string? _customer;
        private string _country = "";

        public int Write(Invoice invoice, int number)
        {
            _invoiceNo = invoice.Kind switch
            {
                InvoiceKind.Cancellation => "C",
                InvoiceKind.BadDebt => "A",
                _ => "",
            } + number.ToString(CultureInfo.InvariantCulture);
            _date = DateText(options.Start, invoice.Minute);
            _customer = invoice.Customer >= 0 ? CustomerBase.Id(invoice.Customer) : null;
            _country = CustomerBase.Countries[invoice.Country];
            _rng.Reseed(options.Seed, Streams.InvoiceDecoration, invoice.Seq);
            return invoice.Kind switch
            {
                InvoiceKind.Purchase or InvoiceKind.GuestPurchase => Purchase(invoice),
                InvoiceKind.Cancellation => Cancellation(invoice),
                InvoiceKind.StockAdjustment => StockAdjustment(),
                _ => BadDebt(),
            };
        }

        private int Purchase(Invoice invoice)
        {
            var written = 0;
            if (invoice.HasNonProductLine)
            {
                var (code, description, quantity, price) = NonProductLines.Draw(invoice, _rng);
                Line(code, description, quantity, price);
                written++;
            }

            _duplicated.Clear();
            while (_duplicated.Count < invoice.Duplicates)
            {
                _duplicated.Add(_rng.Next(invoice.Lines));
            }

            _content.Fill(invoice.Seq, invoice.Customer, invoice.Lines);
            for (var j = 0; j < invoice.Lines; j++)
            {
                var product = _content.Products[j];
                var code = catalogue.LowerCode[product] is { } lower && _rng.Chance(0.02) ? lower : catalogue.Code[product];
                var description = catalogue.Variant[product] is { } variant && _rng.Chance(0.12) ? variant : catalogue.Description[product];
                Line(code, description, _content.Quantities[j], _content.PricesMilli[j]);
                written++;
                if (_duplicated.Contains(j))
                {
                    writer.RepeatLastLine();
                    written++;
                }
            }

            return written;
        }

        private int Cancellation(Invoice invoice)
        {
            var last = 0;
            for (var k = 0; k < invoice.Lines; k++)
            {
                last = Math.Max(last, schedule.CancelledLines[invoice.CancelledStart + k]);
            }

            _content.Fill(invoice.SourceSeq, invoice.Customer, last + 1);
            for (var k = 0; k < invoice.Lines; k++)
            {
                var j = schedule.CancelledLines[invoice.CancelledStart + k];
                var product = _content.Products[j];
                var bought = _content.Quantities[j];

                // Mostly the whole line back, sometimes part of it.
                var quantity = bought > 1 && _rng.Chance(0.2) ? 1 + _rng.Next(bought - 1) : bought;
                Line(catalogue.Code[product], catalogue.Description[product], -quantity, _content.PricesMilli[j]);
            }

            return invoice.Lines;
        }

        private int StockAdjustment()
        {
            // Stock counted and booked as a line: no customer, no price, a note (or nothing) for a description.
            var product = catalogue.Global.Sample(_rng);
            var note = _rng.Chance(0.59) ? null : AdjustmentNotes[_rng.Next(AdjustmentNotes.Length)];
            var size = Math.Max(1, (int)Math.Round(_rng.LogNormal(8, 1.4)));
            Line(catalogue.Code[product], note, _rng.Chance(0.7) ? -size : size, 0);
            return 1;
        }

        private int BadDebt()
        {
            Line("B", "Adjust bad debt", 1, (_rng.Chance(0.33) ? 1 : -1) * Math.Max(1_000, (long)Math.Round(_rng.LogNormal(5_000, 0.7)) * 1_000));
            return 1;
        }

        private void Line(string code, string? description, long quantity, long priceMilli)
        {
            writer.BeginLine();
            writer.Text(_invoiceNo).Text(code).Text(description).Integer(quantity).Text(_date).Price(priceMilli).Text(_customer).Text(_country);
            writer.EndLine();
        }
    }

    private static string DateText(DateOnly start, int minute)
    {
        var date = start.AddDays(minute / 1440);
        var inDay = minute % 1440;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Month}/{date.Day}/{date.Year} {inDay / 60}:{inDay % 60:00}");
    }
}
