using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>How the models were validated: the time split, told and drawn.</summary>
public static partial class ModellingSection
{
    private static void Validation(SectionContext context, SectionWriter section)
    {
        var runs = context.Data.Modelling.Runs;
        var timed = runs.FirstOrDefault(r => r.Trained && r.EvaluationCutoff is not null && r.ScoringCutoff is not null);
        if (timed is null || context.Data.Months.Count == 0)
        {
            return;
        }

        section.Heading("model.validation.heading");
        var evaluation = timed.EvaluationCutoff!.Value;
        var scoring = timed.ScoringCutoff!.Value;
        var horizon = timed.HorizonDays;
        var (year, month) = TextCulture.ParseYearMonth(context.Data.Months[0].YearMonth);
        var first = new DateOnly(year, month, 1);
        var args = new TextArgs
        {
            { "first", TextValue.Day(first) },
            { "evaluation", TextValue.Day(evaluation) },
            { "evaluation_end", TextValue.Day(evaluation.AddDays(horizon)) },
            { "scoring", TextValue.Day(scoring) },
            { "scoring_end", TextValue.Day(scoring.AddDays(horizon)) },
            { "horizon", TextValue.Count(horizon) },
            { "training", TextValue.Count(timed.TrainingRows ?? 0) },
            { "holdout", TextValue.Count(timed.HoldoutRows ?? 0) },
        };
        section.Paragraph("model.validation.text", args);

        var rows = new[] { context.T("model.validation.row.evaluation"), context.T("model.validation.row.scoring") };
        TimelineSpan[] spans =
        [
            new(0, first, evaluation, context.T("model.validation.features"), ReportPalette.Primary),
            new(0, evaluation, evaluation.AddDays(horizon), context.T("model.validation.labels"), ReportPalette.Secondary),
            new(1, first, scoring, context.T("model.validation.history"), ReportPalette.Accent),
            new(1, scoring, scoring.AddDays(horizon), context.T("model.validation.prediction"), ReportPalette.Muted),
        ];
        var end = scoring.AddDays(horizon);
        var ticks = new List<DateOnly>();
        for (var tick = first; tick <= end; tick = tick.AddMonths(3))
        {
            ticks.Add(tick);
        }

        section.Figure("model.validation.figure", () => Charts.Timeline(
            context.T("model.validation.title"), rows, spans,
            [(evaluation, context.T("model.validation.t")), (scoring, context.T("model.validation.s"))],
            ticks, d => context.Culture.Month(d.Year, d.Month)), args);
    }
}
