namespace ShopSmart.Modeling.Learners;

/// <summary>
/// Picks a model size by an inner time split: each candidate is trained on cut-offs whose labels end before the newest
/// training cut-off and scored on that newest one, whose labels still end before the evaluation cut-off — so the
/// hold-out never chooses its model (<see cref="Pipeline.CutoffPlan.SelectionTrainingCutoffs"/>).
/// </summary>
public static class ModelSelection
{
    public sealed record Choice(BoostingConfig Config, IReadOnlyList<(BoostingConfig Config, double Score)> Scores);

    /// <param name="validate">Trains a candidate on the selection windows and returns its score on the validation one.</param>
    /// <param name="canSplit">Whether the history holds a selection window before the validation one; without, the middle candidate is used.</param>
    public static Choice Choose(IReadOnlyList<BoostingConfig> candidates, bool canSplit, Func<BoostingConfig, double> validate, bool higherIsBetter)
    {
        if (!canSplit)
        {
            return new Choice(candidates[candidates.Count / 2], []);
        }

        var scores = candidates.Select(c => (Config: c, Score: validate(c))).ToList();
        var usable = scores.Where(s => double.IsFinite(s.Score)).ToList();
        if (usable.Count == 0)
        {
            return new Choice(candidates[candidates.Count / 2], scores);
        }

        var best = higherIsBetter ? usable.MaxBy(s => s.Score) : usable.MinBy(s => s.Score);
        return new Choice(best.Config, scores);
    }

    /// <summary>The choice and its validation scores as JSON for ml.model_run.parameters.</summary>
    public static string Describe(Choice choice, string metric)
    {
        var scores = string.Join(",", choice.Scores.Select(s =>
            $"{{\"config\":\"{s.Config}\",\"{metric}\":{(double.IsFinite(s.Score) ? s.Score.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture) : "null")}}}"));
        return $"{{\"chosen\":{choice.Config.ToJson()},\"selection\":\"inner time split: cut-offs whose labels end before the newest training cut-off -> newest\",\"validation\":[{scores}]}}";
    }
}
