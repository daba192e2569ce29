using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Observations;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Countries, top products and the Pareto curve of product revenue.</summary>
public static partial class ExplorationSection
{
    private const int TopCountries = 10;
    private const int TopProducts = 15;

    private static void Geography(SectionContext context, SectionWriter section)
    {
        var countries = context.Data.Countries.Where(c => c.GrossRevenue > 0).ToList();
        if (countries.Count == 0)
        {
            return;
        }

        section.Heading("explore.geo.heading");
        var total = countries.Sum(c => c.GrossRevenue);
        var home = countries[0];
        var others = countries.Skip(1).Take(TopCountries).ToList();
        if (others.Count > 0)
        {
            section.Figure("explore.geo.countries", () => Charts.Bars(
                context.T("explore.geo.countries.title", new TextArgs { { "home", CountryNames.Term(home.Country) } }),
                context.T("axis.revenue"), others.Select(c => context.Texts.Write(CountryNames.Term(c.Country))).ToList(), others.Select(c => c.GrossRevenue).ToList(), context.MoneyCompact),
                new TextArgs { { "count", TextValue.Count(others.Count) }, { "home", CountryNames.Term(home.Country) } });
        }

        var args = new TextArgs
        {
            { "countries", TextValue.Count(countries.Count) },
            { "home", CountryNames.Term(home.Country) },
            { "home_share", TextValue.Percent(home.GrossRevenue / total) },
            { "home_customers", TextValue.Count(home.Customers) },
        };
        if (others.Count >= 3)
        {
            args.Add("next", TextValue.Of(context.Culture.List(others.Take(3).Select(c => context.Texts.Write(CountryNames.Term(c.Country))).ToList())));
            args.Add("next_share", TextValue.Percent(others.Take(3).Sum(c => c.GrossRevenue) / total));
            section.Paragraph("explore.geo.observation", args);
        }
        else
        {
            section.Paragraph("explore.geo.observation_short", args);
        }
    }

    private static void Products(SectionContext context, SectionWriter section)
    {
        var products = context.Data.Products.Where(p => p.Revenue > 0).ToList();
        if (products.Count == 0)
        {
            return;
        }

        section.Heading("explore.products.heading");

        // Ranked net of cancellations: a huge order cancelled the same day (the UCI data has two) sells nothing.
        var top = products.OrderByDescending(p => p.Revenue + p.CancellationValue).ThenBy(p => p.StockCode, StringComparer.Ordinal).Take(TopProducts).ToList();
        section.Figure("explore.products.top", () => Charts.Bars(
            context.T("explore.products.top.title"), context.T("axis.net_revenue"), top.Select(p => Shorten(p.Description)).ToList(),
            top.Select(p => p.Revenue + p.CancellationValue).ToList(), context.MoneyCompact,
            colors: top.Select(p => p.AbcClass == "A" ? ReportPalette.Primary : ReportPalette.Muted).ToList()),
            new TextArgs { { "count", TextValue.Count(top.Count) } });

        var cumulative = products.OrderByDescending(p => p.Revenue).ToList();
        var total = cumulative.Sum(p => p.Revenue);
        var xs = new List<double> { 0 };
        var ys = new List<double> { 0 };
        var running = 0.0;
        for (var i = 0; i < cumulative.Count; i++)
        {
            running += cumulative[i].Revenue;
            xs.Add((i + 1.0) / cumulative.Count);
            ys.Add(running / total);
        }

        section.Figure("explore.products.pareto", () => Charts.Lines(
            context.T("explore.products.pareto.title"), context.T("explore.products.pareto.x"), context.T("explore.products.pareto.y"),
            [new ChartSeries(context.T("explore.products.pareto.series"), xs, ys, ReportPalette.Primary)],
            context.Percent0, context.Percent0, diagonal: context.T("explore.products.pareto.even"), xLimits: (0, 1), yLimits: (0, 1.02), square: true));

        if (ParetoPoint.Reach(products.Select(p => p.Revenue), 0.8) is { } pareto)
        {
            section.Paragraph("explore.products.observation", new TextArgs
            {
                { "items", TextValue.Count(pareto.Items) },
                { "products", TextValue.Count(pareto.OfItems) },
                { "item_share", TextValue.Percent(pareto.ItemShare) },
                { "top", TextValue.Of(top[0].Description) },
                { "top_revenue", TextValue.Money(top[0].Revenue + top[0].CancellationValue) },
            });
        }
    }

    private static string Shorten(string text) => text.Length <= 34 ? text : text[..33].TrimEnd() + "…";
}
