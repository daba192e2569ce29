using Dapper;
using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Sections;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

/// <summary>The modelling chapter and the recommendations on the sample with a hand-written modelling run (<see cref="ModelOutputs"/>).</summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class ModellingChapterTests(SampleWarehouse sample) : IDisposable
{
    private static readonly TextCatalog English = TextCatalog.For(TextCulture.English);
    private readonly TempDirectory _folder = new();
    private ShopSmart.Core.Engines.DuckDbEngine? _engine;

    private ShopSmart.Core.Engines.DuckDbEngine Engine
    {
        get
        {
            if (_engine is null)
            {
                _engine = sample.Copy(_folder);
                using var db = _engine.OpenConnection();
                ModelOutputs.Insert(db);
            }

            return _engine;
        }
    }

    private ReportDocument Document(TextCulture culture) =>
        ReportBuilder.Build(WarehouseReader.Read(Engine), culture, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Each_model_chart_of_the_issue_is_drawn_from_the_ml_tables()
    {
        // Given a warehouse with a modelling run, when the report is composed
        var chapter = Document(TextCulture.English).Sections.Single(s => s.Id == ModellingSection.Id);
        var alts = chapter.Blocks.OfType<Figure>().Select(f => f.AltText).ToList();

        // Then the time split, k choice, RFM weights, ROC, PR, confusion, lift, importance, predicted vs actual and both
        // BG/NBD checks are there
        string[] expected =
        [
            "model.validation.figure.alt", "model.segments.k.alt", "model.segments.rfm.alt", "model.roc.alt", "model.pr.alt", "model.confusion.alt",
            "model.lift.alt", "model.predicted.alt", "model.clv.fit.alt", "model.clv.holdout.alt",
        ];
        Assert.All(expected, key => Assert.Contains(English.Get(key), alts));
        Assert.Contains(alts, a => a.StartsWith("Horizontal bars of how much ROC AUC worsens", StringComparison.Ordinal));
    }

    [Fact]
    public void Metrics_are_shown_for_the_model_and_every_baseline_with_the_grade_explained()
    {
        var chapter = Document(TextCulture.English).Sections.Single(s => s.Id == ModellingSection.Id);

        var table = chapter.Blocks.OfType<Table>().First(t => t.Caption.StartsWith("Purchase propensity: metrics", StringComparison.Ordinal));
        Assert.Equal(["Metric", "LightGBM", "RFM score", "recency rule"], table.Columns.Select(c => c.Header));
        Assert.Equal(["ROC AUC", "0.800", "0.700", "0.650"], table.Rows[0]);
        Assert.Contains(chapter.Blocks.OfType<Paragraph>(), p => p.Text.Contains("it beats it clearly (grade A)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_skipped_model_is_named_with_its_reason()
    {
        var chapter = Document(TextCulture.English).Sections.Single(s => s.Id == ModellingSection.Id);

        var note = Assert.Single(chapter.Blocks.OfType<Note>(), n => n.Text.Contains(ModelOutputs.SkipReason, StringComparison.Ordinal));
        Assert.Equal(NoteKind.Warning, note.Kind);
        Assert.StartsWith("Product propensity", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_clv_model_the_win_back_value_is_the_predicted_clv_of_the_lapsing_segments()
    {
        // Given the run's CLV per customer, summed independently over At Risk and Can't Lose Them
        using var db = Engine.OpenConnection();
        var expected = db.ExecuteScalar<double>("""
            SELECT sum(s.clv) FROM ml.customer_score AS s JOIN mart.v_customer_rfm AS r USING (customer_key)
            WHERE r.segment IN ('At Risk', 'Can''t Lose Them')
            """);

        // When the recommendations are built
        var recommendations = RecommendationBuilder.Build(InsightReader.Read(Engine));

        // Then win-back is valued at that CLV by the model, and the basket rule gives a cross-sell to its 5 customers
        var winBack = Assert.Single(recommendations, r => r.Kind == RecommendationKind.WinBack);
        Assert.Equal(ValueBasis.Model, winBack.Basis);
        Assert.Equal(expected, winBack.ExpectedValue, 6);
        var crossSell = Assert.Single(recommendations, r => r.Kind == RecommendationKind.CrossSell);
        Assert.Equal(5, crossSell.Figures.TryGet("customers", out var customers) ? customers.Number : -1);
    }

    [Fact]
    public void Other_data_gives_other_recommendations()
    {
        // Given the same sample without and with model outputs
        var before = RecommendationBuilder.Build(InsightReader.Read(sample.Engine));
        var after = RecommendationBuilder.Build(InsightReader.Read(Engine));

        // Then the values and their basis follow the data
        Assert.DoesNotContain(before, r => r.Kind == RecommendationKind.CrossSell);
        Assert.Contains(after, r => r.Kind == RecommendationKind.CrossSell);
        Assert.Equal(ValueBasis.History, before.Single(r => r.Kind == RecommendationKind.WinBack).Basis);
        Assert.NotEqual(before.Single(r => r.Kind == RecommendationKind.WinBack).ExpectedValue, after.Single(r => r.Kind == RecommendationKind.WinBack).ExpectedValue);
    }

    [Fact]
    public void The_french_modelling_chapter_is_written_from_the_french_catalogue()
    {
        var chapter = Document(TextCulture.French).Sections.Single(s => s.Id == ModellingSection.Id);

        Assert.Equal("4. Modélisation", chapter.Title);
        Assert.Contains(chapter.Blocks.OfType<Paragraph>(), p => p.Text.Contains("note A", StringComparison.Ordinal));
        Assert.Contains(chapter.Blocks.OfType<Table>(), t => t.Columns.Any(c => c.Header == "score RFM"));
    }

    [Fact]
    public void The_french_overview_names_each_best_baseline_in_french()
    {
        // Given a run whose best baselines are stored under their English names (RFM score, previous period, ...)
        var french = TextCatalog.For(TextCulture.French);
        var chapter = Document(TextCulture.French).Sections.Single(s => s.Id == ModellingSection.Id);

        // When the overview table is read, then its baseline column holds the French names
        var overview = chapter.Blocks.OfType<Table>().First(t => t.Caption.Contains(french.Get("model.overview.caption"), StringComparison.Ordinal));
        var column = overview.Columns.Select(c => c.Header).ToList().IndexOf(french.Get("col.best_baseline"));
        var baselines = overview.Rows.Select(r => r[column]).Where(b => b != "—").ToList();
        Assert.Equal(["score RFM", "période précédente", "période précédente", "déjà acheté"], baselines);
    }

    [Fact]
    public void The_overview_writes_each_headline_metric_in_its_unit_as_the_models_own_tables_do()
    {
        var english = TextCatalog.For(TextCulture.English);
        var chapter = Document(TextCulture.English).Sections.Single(s => s.Id == ModellingSection.Id);

        var overview = chapter.Blocks.OfType<Table>().First(t => t.Caption.Contains(english.Get("model.overview.caption"), StringComparison.Ordinal));
        var headers = overview.Columns.Select(c => c.Header).ToList();
        var metric = headers.IndexOf(english.Get("col.metric"));
        var model = headers.IndexOf(english.Get("col.model_value"));
        var baseline = headers.IndexOf(english.Get("col.baseline_value"));
        var money = overview.Rows.Where(r => r[metric] == english.Get("metric.rmse")).ToList();
        var shares = overview.Rows.Where(r => r[metric] == english.Get("metric.success@5")).ToList();

        Assert.NotEmpty(money);
        Assert.All(money, r => Assert.StartsWith("£", r[model], StringComparison.Ordinal));
        Assert.All(money, r => Assert.StartsWith("£", r[baseline], StringComparison.Ordinal));
        Assert.NotEmpty(shares);
        Assert.All(shares, r => Assert.EndsWith("%", r[model], StringComparison.Ordinal));
    }

    [Fact]
    public void The_french_chapter_writes_the_modellings_cluster_names_in_french_and_leaves_other_names_as_stored()
    {
        var french = TextCatalog.For(TextCulture.French);
        var chapter = Document(TextCulture.French).Sections.Single(s => s.Id == ModellingSection.Id);

        var clusters = chapter.Blocks.OfType<Table>().First(t => t.Caption.Contains(french.Get("model.segments.clusters.caption"), StringComparison.Ordinal));
        Assert.Equal(["Occasional buyers", "Clients actifs, à forte valeur, fréquents"], clusters.Rows.Select(r => r[0]));
        Assert.Contains(chapter.Blocks.OfType<Paragraph>(), p => p.Text.Contains("«\u202fClients actifs, à forte valeur, fréquents\u202f»", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_best_products_are_read_against_the_like_for_like_baseline_as_well_as_the_replenishment_list()
    {
        // Given a run where the model (20 %) loses to "bought before" (70 %) but beats the popular products not yet bought (15 %)
        var chapter = Document(TextCulture.English).Sections.Single(s => s.Id == ModellingSection.Id);
        var paragraphs = chapter.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        // Then the grade against the best baseline stands, and the reader is told what each baseline measures
        Assert.Contains(paragraphs, p => p.EndsWith("70.0% for the best baseline (bought before): it does worse (grade C).", StringComparison.Ordinal));
        // but not the usual advice to use that baseline instead: a replenishment list does not replace a cross-sell one
        Assert.DoesNotContain(paragraphs, p => p.Contains("bought before") && p.Contains("should be used instead", StringComparison.Ordinal));
        var reading = Assert.Single(paragraphs, p => p.StartsWith("The two baselines answer different questions.", StringComparison.Ordinal));
        Assert.Contains("the most popular ones reach 15.0%", reading, StringComparison.Ordinal);
        Assert.Contains("and the model 20.0%: it is the better cross-sell list", reading, StringComparison.Ordinal);
        Assert.Contains("already buys reaches 70.0%: that is a replenishment list", reading, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
