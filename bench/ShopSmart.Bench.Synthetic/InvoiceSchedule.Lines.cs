using System.Runtime.InteropServices;

namespace ShopSmart.Bench.Synthetic;

/// <summary>Line counts, copies, fees and cancellations, each fitted to its exact planned count.</summary>
internal sealed partial class InvoiceSchedule
{
    private void FitLineCounts(int from, int to, long target, bool isGuest)
    {
        var invoices = CollectionsMarshal.AsSpan(_invoices)[from..to];
        if (target < invoices.Length || target > (long)invoices.Length * MaxLines)
        {
            throw new InvalidOperationException($"{target:N0} lines do not fit {invoices.Length:N0} invoices of 1 to {MaxLines} lines.");
        }

        // Raw sizes from the customer's usual basket (guests: a few small orders, mostly large ones), then scaled.
        var rng = new Rng(_options.Seed, Streams.LineCounts, from);
        var raw = new double[invoices.Length];
        var total = 0.0;
        for (var i = 0; i < invoices.Length; i++)
        {
            raw[i] = isGuest
                ? (rng.Chance(0.3) ? rng.LogNormal(3, 0.6) : rng.LogNormal(120, 0.8))
                : _customers.Breadth[invoices[i].Customer] * rng.LogNormal(1, 0.6);
            total += raw[i];
        }

        var scale = target / total;
        long sum = 0;
        for (var i = 0; i < invoices.Length; i++)
        {
            var value = raw[i] * scale;
            var lines = (int)Math.Floor(value) + (rng.NextDouble() < value - Math.Floor(value) ? 1 : 0);
            invoices[i].Lines = Math.Clamp(lines, 1, MaxLines);
            sum += invoices[i].Lines;
        }

        // Rounding and the clamps leave a small difference: spread it one line at a time.
        while (sum != target)
        {
            ref var invoice = ref invoices[rng.Next(invoices.Length)];
            if (sum < target && invoice.Lines < MaxLines)
            {
                invoice.Lines++;
                sum++;
            }
            else if (sum > target && invoice.Lines > 1)
            {
                invoice.Lines--;
                sum--;
            }
        }
    }

    private void AddDuplicates(int from, int to, long count)
    {
        // A line scanned twice: invoices with more lines get more of them.
        var invoices = CollectionsMarshal.AsSpan(_invoices)[from..to];
        var weights = new double[invoices.Length];
        for (var i = 0; i < invoices.Length; i++)
        {
            weights[i] = invoices[i].Lines;
        }

        var table = new AliasTable(weights);
        var rng = new Rng(_options.Seed, Streams.Extras, from);
        for (long added = 0; added < count;)
        {
            ref var invoice = ref invoices[table.Sample(rng)];
            if (invoice.Duplicates < invoice.Lines)
            {
                invoice.Duplicates++;
                added++;
            }
        }
    }

    private void AddNonProductLines(int from, int to, long count)
    {
        // Postage goes on most foreign orders; manual lines, carriage and charges on a few British ones.
        var invoices = CollectionsMarshal.AsSpan(_invoices)[from..to];
        if (count > invoices.Length)
        {
            throw new InvalidOperationException($"{count:N0} non-product lines do not fit {invoices.Length:N0} invoices.");
        }

        var rng = new Rng(_options.Seed, Streams.Extras, -1 - from);
        var attempts = 0L;
        for (long added = 0; added < count; attempts++)
        {
            ref var invoice = ref invoices[rng.Next(invoices.Length)];
            var weight = invoice.Kind == InvoiceKind.GuestPurchase || invoice.Country != CustomerBase.HomeCountry ? 1.0 : 0.15;
            if (!invoice.HasNonProductLine && (rng.NextDouble() < weight || attempts > 200 * count))
            {
                invoice.HasNonProductLine = true;
                added++;
            }
        }
    }

    private void AddCancellations(int from, int to, long count)
    {
        if (count == 0)
        {
            return;
        }

        // Lines sent back, more by customers who often return things; one "C" invoice per purchase, some days later.
        var invoices = CollectionsMarshal.AsSpan(_invoices)[from..to];
        var weights = new double[invoices.Length];
        for (var i = 0; i < invoices.Length; i++)
        {
            weights[i] = invoices[i].Lines * (invoices[i].Customer >= 0 ? _customers.ReturnPropensity[invoices[i].Customer] : 1.0);
        }

        var table = new AliasTable(weights);
        var rng = new Rng(_options.Seed, Streams.Cancellations, from);
        var chosen = new HashSet<long>();
        while (chosen.Count < count)
        {
            var i = table.Sample(rng);
            chosen.Add(((long)i << 20) | (long)rng.Next(invoices[i].Lines));
        }

        var keys = chosen.ToArray();
        Array.Sort(keys);
        var source = invoices.ToArray();
        for (var k = 0; k < keys.Length;)
        {
            var i = (int)(keys[k] >> 20);
            var start = _cancelledLines.Count;
            for (; k < keys.Length && (int)(keys[k] >> 20) == i; k++)
            {
                _cancelledLines.Add((int)(keys[k] & 0xFFFFF));
            }

            var purchase = source[i];
            _invoices.Add(new Invoice
            {
                Minute = CancellationMinute(purchase.Minute, rng),
                Seq = _invoices.Count,
                Customer = purchase.Customer,
                Lines = _cancelledLines.Count - start,
                Kind = InvoiceKind.Cancellation,
                Country = purchase.Country,
                SourceSeq = purchase.Seq,
                SourceKind = purchase.Kind,
                CancelledStart = start,
            });
        }
    }

    /// <summary>The same day or a few weeks later (mean ten days), in shop hours on a trading day, before the data ends.</summary>
    private int CancellationMinute(int purchaseMinute, Rng rng)
    {
        var purchaseDay = purchaseMinute / 1440;
        var day = Math.Min(purchaseDay + (int)rng.Exponential(10), _season.Days - 1);
        while (day > purchaseDay && _season.Acceptance(day) == 0)
        {
            day--;
        }

        return day == purchaseDay ? purchaseMinute + 5 + rng.Next(120) : _season.MinuteOn(day, rng);
    }
}
