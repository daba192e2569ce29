using ShopSmart.Modeling.Features;

namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// The four customer sets of a supervised customer model under the run's time discipline: training rows (stacked
/// cut-offs before T), the hold-out (T), the refit rows (stacked cut-offs before the scoring cut-off) and the
/// customers to score; with the home country the feature vector needs.
/// </summary>
public sealed record CustomerSets(
    IReadOnlyList<CustomerFeatures> Train,
    IReadOnlyList<CustomerFeatures> Holdout,
    IReadOnlyList<CustomerFeatures> Refit,
    IReadOnlyList<CustomerFeatures> Scoring,
    string HomeCountry)
{
    public static CustomerSets From(ModelingContext context)
    {
        var plan = context.Plan;
        var scoring = context.Features(plan.ScoringCutoff);
        return new CustomerSets(
            context.StackedFeatures(plan.EvaluationTrainingCutoffs),
            context.Features(plan.EvaluationCutoff),
            context.StackedFeatures(plan.ScoringTrainingCutoffs),
            scoring,
            CustomerFeatureVector.HomeCountry(scoring));
    }

    public List<float[]> Vectors(IReadOnlyList<CustomerFeatures> customers) =>
        customers.Select(c => CustomerFeatureVector.From(c, HomeCountry)).ToList();
}
