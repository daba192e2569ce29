using System.Globalization;

namespace ShopSmart.Modeling.Learners;

/// <summary>
/// The size of a gradient-boosted tree model. A run picks one of <see cref="Candidates"/> by an inner time split
/// (<see cref="ModelSelection"/>), never by the hold-out.
/// </summary>
public sealed record BoostingConfig(int Trees, int Leaves, double LearningRate, int MinLeaf)
{
    /// <summary>From deep and fast-learning to shallow and slow: the data decides how much structure it supports.</summary>
    public static readonly IReadOnlyList<BoostingConfig> Candidates =
    [
        new(200, 15, 0.05, 20),
        new(300, 7, 0.03, 50),
        new(500, 4, 0.02, 50),
    ];

    public string ToJson() => string.Format(
        CultureInfo.InvariantCulture, "{{\"trees\":{0},\"leaves\":{1},\"learning_rate\":{2},\"min_leaf\":{3},\"threads\":1}}", Trees, Leaves, LearningRate, MinLeaf);

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} trees × {1} leaves, rate {2}, min leaf {3}", Trees, Leaves, LearningRate, MinLeaf);
}
