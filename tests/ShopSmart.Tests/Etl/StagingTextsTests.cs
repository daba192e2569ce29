using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class StagingTextsTests
{
    private static StagedLine Line(string invoice, string stockCode, string? description, string? customer, string? country, string? normalised = null) =>
        new(new SourceLine("Sheet1", 2, invoice, stockCode, description, 1, new DateTime(2010, 12, 1), 1m, customer, country),
            normalised ?? stockCode, "product", LineFlags.Sale, Guid.Empty);

    [Fact]
    public void A_text_keeps_one_id_in_every_column_and_line_whether_it_repeats_the_line_before_or_not()
    {
        var texts = new StagingTexts();

        // Built as separate string instances, as a reader returns them.
        var a = texts.Encode(Line(new string("536365".AsSpan()), "85123A", "HEART", "17850", "United Kingdom"));
        var b = texts.Encode(Line(new string("536365".AsSpan()), "71053", "LANTERN", "17850", new string("United Kingdom".AsSpan())));
        var c = texts.Encode(Line("536366", "85123a", null, null, "France", normalised: "85123A"));
        var d = texts.Encode(Line("536365", "17850", "HEART", "536366", "United Kingdom"));

        Assert.Equal(a.InvoiceId, b.InvoiceId);
        Assert.Equal(a.CountryId, b.CountryId);
        Assert.Equal(a.SheetId, c.SheetId);
        Assert.NotEqual(a.InvoiceId, c.InvoiceId);
        Assert.Equal(a.StockCodeId, c.StockCodeId);          // normalised 85123a -> 85123A
        Assert.NotEqual(c.StockCodeId, c.StockCodeRawId);    // as written
        Assert.Equal((0, 0), (c.DescriptionId, c.CustomerId)); // missing
        Assert.Equal(a.InvoiceId, d.InvoiceId);               // back after another invoice
        Assert.Equal(a.CustomerId, d.StockCodeId);            // the same text in another column
        Assert.Equal(c.InvoiceId, d.CustomerId);
        Assert.Equal(a.DescriptionId, d.DescriptionId);

        // Each distinct text is listed once, with the id the lines use, after the missing value (id 0).
        var listed = texts.TakeNew();
        Assert.Equal(listed.Count, listed.Select(t => t.Value).Distinct().Count());
        Assert.Equal((0, (string?)null), (listed[0].Id, listed[0].Value));
        Assert.Equal("536365", listed.Single(t => t.Id == a.InvoiceId).Value);
        Assert.Equal("85123a", listed.Single(t => t.Id == c.StockCodeRawId).Value);
        Assert.Equal(texts.Count + 1, listed.Count);
    }
}
