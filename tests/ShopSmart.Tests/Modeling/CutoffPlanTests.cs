using ShopSmart.Core.Runs;
using ShopSmart.Modeling;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Tests.Modeling;

public sealed class CutoffPlanTests
{
    private static readonly DataRange UciLike = new(new DateOnly(2010, 12, 1), new DateOnly(2011, 12, 9), 4_338);

    [Fact]
    public void The_hold_out_is_the_last_horizon_of_data_and_scores_start_the_day_after()
    {
        var plan = CutoffPlan.Create(UciLike, new ModelingOptions { HorizonDays = 90 });

        Assert.Equal(new DateOnly(2011, 12, 10), plan.ScoringCutoff);
        Assert.Equal(new DateOnly(2011, 9, 11), plan.EvaluationCutoff); // + 90 days = 2011-12-10
    }

    [Fact]
    public void Training_label_windows_end_by_the_evaluation_cutoff()
    {
        var options = new ModelingOptions { HorizonDays = 90, TrainingWindows = 3, TrainingWindowStepDays = 30 };

        var plan = CutoffPlan.Create(UciLike, options);

        Assert.Equal([new DateOnly(2011, 6, 13), new DateOnly(2011, 5, 14), new DateOnly(2011, 4, 14)], plan.EvaluationTrainingCutoffs);
        Assert.All(plan.EvaluationTrainingCutoffs, c => Assert.True(c.AddDays(90) <= plan.EvaluationCutoff));
        Assert.All(plan.ScoringTrainingCutoffs, c => Assert.True(c.AddDays(90) <= plan.ScoringCutoff));
    }

    [Fact]
    public void Model_size_is_chosen_on_windows_whose_labels_end_before_the_validation_window_starts()
    {
        var plan = CutoffPlan.Create(UciLike, new ModelingOptions { HorizonDays = 90, TrainingWindows = 3, TrainingWindowStepDays = 30 });

        // Validated on 2011-06-13 (labels to 2011-09-11); 2011-06-13 − 90 days = 2011-03-15 is the only cut-off with
        // its labels [03-15, 06-13) done by then and 90 days of history before it (the data starts 2010-12-01).
        Assert.Equal([new DateOnly(2011, 3, 15)], plan.SelectionTrainingCutoffs);
        Assert.Contains(new DateOnly(2011, 3, 15), plan.AllCutoffs);
    }

    [Fact]
    public void Without_the_history_for_a_selection_window_there_is_none()
    {
        var plan = CutoffPlan.Create(UciLike, new ModelingOptions { HorizonDays = 120, TrainingWindows = 3, TrainingWindowStepDays = 30 });

        // 120-day horizon: evaluated on 2011-08-12, validated on 2011-04-14; a selection window would start
        // 2010-12-15 and need 120 days of history before it, which the data (from 2010-12-01) does not have.
        Assert.Equal(new DateOnly(2011, 4, 14), plan.EvaluationTrainingCutoffs[0]);
        Assert.Empty(plan.SelectionTrainingCutoffs);
    }

    [Fact]
    public void Training_windows_stop_where_history_runs_out()
    {
        var plan = CutoffPlan.Create(UciLike, new ModelingOptions { HorizonDays = 120, TrainingWindows = 10, TrainingWindowStepDays = 30 });

        Assert.All(plan.EvaluationTrainingCutoffs, c => Assert.True(c.AddDays(-120) >= UciLike.FirstPurchaseDate));
        Assert.NotEmpty(plan.EvaluationTrainingCutoffs);
    }

    [Theory]
    [InlineData(200, null, "needs at least 600 days")]
    [InlineData(90, "2011-12-01", "ends after the data")]
    [InlineData(90, "2011-03-01", "too early")]
    [InlineData(3, null, "at least 7 days")]
    public void Options_the_data_cannot_support_are_refused_with_the_limit(int horizon, string? cutoff, string message)
    {
        var options = new ModelingOptions { HorizonDays = horizon, EvaluationCutoff = cutoff is null ? null : DateOnly.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture) };

        var error = Assert.Throws<BadInputException>(() => CutoffPlan.Create(UciLike, options));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_empty_warehouse_is_refused()
    {
        var error = Assert.Throws<BadInputException>(() => CutoffPlan.Create(new DataRange(null, null, 0), new ModelingOptions()));

        Assert.Contains("no purchases", error.Message);
    }

    [Fact]
    public void A_warehouse_of_guests_only_is_told_it_needs_customer_ids_not_to_load_data()
    {
        var error = Assert.Throws<BadInputException>(() => CutoffPlan.Create(new DataRange(null, null, 0, SalesLines: 541_909), new ModelingOptions()));

        Assert.StartsWith("The warehouse holds 541,909 clean sales lines, but none of a known customer (the files had no CustomerID", error.Message);
        Assert.DoesNotContain("load data before modelling", error.Message);
    }
}
