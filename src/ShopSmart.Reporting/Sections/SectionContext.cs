using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;

namespace ShopSmart.Reporting.Sections;

/// <summary>What a section is written from: the data, and the catalogue and formats of the reader's language.</summary>
public sealed class SectionContext(ReportData data, TextCatalog catalog)
{
    public ReportData Data { get; } = data;

    public TextCatalog Texts { get; } = catalog;

    public TextCulture Culture => Texts.Culture;

    /// <summary>A text with no placeholder.</summary>
    public string T(string key) => Texts.Get(key);

    /// <summary>A text with its placeholders filled.</summary>
    public string T(string key, TextArgs args) => Texts.Format(key, args);

    /// <summary>A starter for the blocks of one section.</summary>
    public SectionWriter Section(string id) => new(this, id);

    // Axis and cell formats in the reader's culture, for charts and tables.
    public string Count(double value) => Culture.Count(value);

    public string Money(double value, int? decimals = null) => Culture.Money(value, decimals);

    public string MoneyCompact(double value) => Culture.MoneyCompact(value);

    public string Percent(double fraction) => Culture.Percent(fraction);

    public string Percent0(double fraction) => Culture.Percent(fraction, 0);

    public string Number(double value, int decimals = 2) => Culture.Number(value, decimals);
}
