using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;

namespace ShopSmart.Reporting.Sections;

/// <summary>6. Limits: what the data cannot tell, and the caveats of the figures above.</summary>
public static class LimitsSection
{
    public const string Id = "limits";

    public static Document.ReportSection Build(SectionContext context)
    {
        var data = context.Data;
        var section = context.Section(Id);
        section.Paragraph("limits.intro");
        var items = new List<string> { context.T("limits.no_margins"), context.T("limits.no_marketing"), context.T("limits.no_reasons") };

        var read = Math.Max(data.RowsRead, 1);
        var guests = data.RuleCount("MISSING_CUSTOMER");
        if (guests > 0)
        {
            items.Add(context.T("limits.guests", new TextArgs { { "lines", TextValue.Count(guests) }, { "read", TextValue.Count(read) }, { "share", TextValue.Percent((double)guests / read) } }));
        }

        if (data.Months.Count > 0)
        {
            items.Add(context.T("limits.period", new TextArgs { { "months", TextValue.Count(data.Months.Count) } }));
        }

        var unlinked = data.RuleCount("CANCELLATION") - data.RuleCount("CANCELLATION_LINKED");
        if (unlinked > 0)
        {
            items.Add(context.T("limits.cancellations", new TextArgs { { "unlinked", TextValue.Count(unlinked) }, { "cancellations", TextValue.Count(data.RuleCount("CANCELLATION")) } }));
        }

        var countries = data.Countries.Where(c => c.GrossRevenue > 0).ToList();
        if (countries.Count > 1)
        {
            var home = countries[0];
            items.Add(context.T("limits.concentration", new TextArgs
            {
                { "home", CountryNames.Term(home.Country) },
                { "share", TextValue.Percent(home.GrossRevenue / countries.Sum(c => c.GrossRevenue)) },
            }));
        }

        items.Add(context.T("limits.approximate"));
        items.Add(context.T(data.Modelling.HasRun ? "limits.models" : "limits.no_models"));
        items.Add(context.T("limits.recommendations"));
        section.Bullets(items);
        return section.Build();
    }
}
