using System.Text.RegularExpressions;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Sections;

namespace ShopSmart.Tests.Reporting;

[Collection(SampleWarehouseCollection.Name)]
public sealed partial class ReportDocumentTests(SampleWarehouse sample)
{
    [Fact]
    public void The_report_has_the_six_chapters_in_order_and_none_is_empty()
    {
        // Given the sample warehouse, when the English report is composed
        var document = sample.Document(TextCulture.English);

        // Then the chapters are those of the issue, in its order, each with content
        Assert.Equal(
            [DataSection.Id, PreparationSection.Id, ExplorationSection.Id, ModellingSection.Id, RecommendationsSection.Id, LimitsSection.Id],
            document.Sections.Select(s => s.Id));
        Assert.All(document.Sections, s => Assert.NotEmpty(s.Blocks));
    }

    [Fact]
    public void Exploration_has_a_chart_for_every_theme_of_the_issue()
    {
        var exploration = sample.Document(TextCulture.English).Sections.Single(s => s.Id == ExplorationSection.Id);
        var figures = exploration.Blocks.OfType<Figure>().ToList();

        // 4 histograms, scatter + heatmap, monthly + weekday×hour, countries, top products + Pareto, cohorts
        Assert.Equal(12, figures.Count);
        Assert.All(figures, f => Assert.True(f.Png.Length > 5_000 && f.Png[1] == 'P' && f.Png[2] == 'N' && f.Png[3] == 'G', f.Caption));
    }

    [Fact]
    public void Without_a_modelling_run_the_modelling_chapter_says_so_instead_of_failing()
    {
        // Given the sample warehouse, which has no ml rows
        Assert.False(sample.Data.Modelling.HasRun);

        // When the report is composed, then the chapter is one warning and its explanation
        var chapter = sample.Document(TextCulture.English).Sections.Single(s => s.Id == ModellingSection.Id);
        var note = Assert.IsType<Note>(chapter.Blocks[0]);
        Assert.Equal(NoteKind.Warning, note.Kind);
        Assert.Equal(TextCatalog.For(TextCulture.English).Get("model.none"), note.Text);
    }

    [Fact]
    public void No_English_sentence_is_left_in_the_French_report()
    {
        // Given every English text cut into the literal runs between its placeholders
        var english = TextCatalog.For(TextCulture.English);
        var french = TextCatalog.For(TextCulture.French);
        var fragments = english.Keys
            .Where(key => english.Get(key) != french.Get(key))
            .SelectMany(key => Placeholder().Split(english.Get(key)))
            .Select(f => f.Trim(' ', '.', ',', ';', ':', '(', ')'))
            .Where(f => Word().Matches(f).Count >= 3)
            .Distinct()
            .ToList();

        // When the French report is composed
        var text = AllText(sample.Document(TextCulture.French));

        // Then none of them appears in it
        Assert.NotEmpty(fragments);
        var leaks = fragments.Where(f => text.Contains(f, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, string.Join(" | ", leaks));
        Assert.Contains("Les données", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_figures_use_the_french_formats()
    {
        var text = AllText(sample.Document(TextCulture.French));

        Assert.Matches("[0-9]\u202F[0-9]{3}", text);   // thousands: 38 464
        Assert.Matches("[0-9],[0-9]\u202F%", text);     // shares: 41,4 %
        Assert.Matches("[0-9]\u00A0£", text);           // money after the number
        Assert.Contains("déc. 2010", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_captions_put_a_no_break_space_before_the_colon()
    {
        // Given the French report rendered as HTML, read back as text
        var html = System.Net.WebUtility.HtmlDecode(ShopSmart.Reporting.Renderers.HtmlRenderer.Render(sample.Document(TextCulture.French)));

        // Then tables and figures are numbered the French way ("Tableau 1 : …"), not the English way ("Table 1: …")
        Assert.Contains("Tableau 1\u00A0: ", html, StringComparison.Ordinal);
        Assert.Contains("Figure 1\u00A0: ", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(Tableau|Figure) [0-9]+: ", html);
    }

    [Fact]
    public void Every_identified_customer_is_plotted_left_out_or_said_to_have_no_sale()
    {
        // Given the sample, whose data chapter counts every identified customer, two of them with returns only
        var identified = sample.Data.Columns.Single(c => c.Name == "customer_id").Distinct;

        // When the English report is composed
        var text = AllText(sample.Document(TextCulture.English));

        // Then the scatter's plotted and left-out customers and those said to have no sale add up to them
        var plotted = Regex.Match(text, @"([0-9,]+) customers are plotted \(([0-9,]+) with");
        var noSale = Regex.Match(text, @"([0-9,]+) identified customers? ha(s|ve) no clean sale");
        Assert.True(plotted.Success && noSale.Success, "the scatter's counts are missing");
        Assert.Equal(identified, Count(plotted.Groups[1]) + Count(plotted.Groups[2]) + Count(noSale.Groups[1]));
    }

    [Fact]
    public void Sales_of_guests_only_name_no_month_of_the_most_customers()
    {
        // Given a copy of the sample whose every line is a guest's (files without customer ids)
        using var folder = new ShopSmart.Tests.Support.TempDirectory();
        var engine = sample.Copy(folder);
        using (var db = engine.OpenConnection())
        {
            Dapper.SqlMapper.Execute(db, "UPDATE dw.fact_sales SET customer_key = 0; DELETE FROM dw.customer_activity");
        }

        // When the report is composed
        var text = AllText(ReportBuilder.Build(ShopSmart.Reporting.Data.WarehouseReader.Read(engine), TextCulture.English, DateTimeOffset.UnixEpoch));

        // Then the monthly observation names the revenue months and no month of "the most customers"
        Assert.Contains("brought the most net revenue", text);
        Assert.DoesNotContain("The most customers bought", text);
    }

    [Fact]
    public void The_share_of_lines_without_a_customer_names_the_count_it_is_a_share_of()
    {
        var text = AllText(sample.Document(TextCulture.English));

        // The data chapter profiles the loaded lines, the limits chapter counts the lines read: each says which
        var loaded = Regex.Match(text, @"Of the ([0-9,]+) lines loaded \(duplicates aside\), ([0-9,]+) \(([0-9.]+)%\) have no customer");
        var read = Regex.Match(text, @"([0-9,]+) of the ([0-9,]+) lines read \(([0-9.]+)%\) ha(s|ve) no customer");
        Assert.True(loaded.Success && read.Success, "a share of guest lines without its base");
        foreach (var m in new[] { loaded, read })
        {
            var (part, whole) = m == loaded ? (m.Groups[2], m.Groups[1]) : (m.Groups[1], m.Groups[2]);
            Assert.Equal(Math.Round(100.0 * Count(part) / Count(whole), 1), double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(12, 12)]
    [InlineData(305, 11)]
    public void A_year_of_nightly_files_is_listed_by_its_first_and_last_five(int files, int bullets)
    {
        // Given a warehouse loaded from one file a day, day 1 with 1 line, day 2 with 2…
        var context = new SectionContext(sample.Data, TextCatalog.For(TextCulture.English));
        var loaded = Enumerable.Range(1, files).Select(d => ($"day-{d:000}.csv", (long)d)).ToList();

        // When the data chapter lists them
        var list = DataSection.FileList(context, loaded);

        // Then every file is named up to twelve; past that the first and last five are, and the rest counted whole
        Assert.Equal(bullets, list.Count);
        Assert.Equal("day-001.csv: 1 line", list[0]);
        Assert.Equal($"day-{files:000}.csv: {files} lines", list[^1]);
        if (files > DataSection.FilesListed)
        {
            var rest = loaded.Skip(5).Take(files - 10).Sum(f => f.Item2);
            Assert.Equal($"… {files - 10} more files ({rest:N0} lines; every file and its figures: etl.batch and mart.v_data_quality)", list[5]);
        }
    }

    private static long Count(Group group) => long.Parse(group.Value.Replace(",", string.Empty), System.Globalization.CultureInfo.InvariantCulture);

    private static string AllText(ReportDocument document) => string.Join('\n', new[] { document.Title, document.Subtitle }
        .Concat(document.Sections.SelectMany(s => new[] { s.Title }.Concat(s.Blocks.SelectMany(Texts)))));

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Heading h => [h.Text],
        Paragraph p => [p.Lead ?? string.Empty, p.Text],
        BulletList l => l.Items,
        Note n => [n.Text],
        Table t => [t.Caption, .. t.Columns.Select(c => c.Header), .. t.Rows.SelectMany(r => r)],
        Figure f => [f.Caption, f.AltText],
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
