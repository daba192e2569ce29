using Microsoft.ML.Trainers.FastTree;

namespace ShopSmart.Modeling.Learners;

/// <summary>
/// A trained tree ensemble (ML.NET's public view of a LightGBM model) laid out as flat arrays and scored in a plain
/// loop. The sum is ML.NET's own: each tree's leaf value added in tree order in double, the total rounded to float,
/// the feature compared with the split's threshold by "≤ goes left". ML.NET pushes every row through its data-view
/// cursors instead, and the permutation importance scores ~10⁵ rows per model: on full UCI that scoring was ~15 % of
/// the modelling CPU. Only ensembles and rows where the two agree by construction are taken: no categorical
/// splits, unit tree weights, no bias, and no missing (NaN) value, whose direction ML.NET keeps per node internally.
/// A test compares the scores with ML.NET's on trained models.
/// </summary>
public sealed class TreeEnsembleScorer
{
    // Node n of the whole ensemble: compare row[_feature[n]] with _threshold[n]; the next node is _left[n] or
    // _right[n], where a negative value ~k is leaf k of _leafValues. _roots[t] is tree t's first node, or ~k for a
    // tree without a split (ML.NET scores such a tree as 0, so k points to a 0 added for it).
    private readonly int[] _roots;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leafValues;
    private readonly int _width;

    private TreeEnsembleScorer(int[] roots, int[] feature, float[] threshold, int[] left, int[] right, double[] leafValues, int width)
    {
        _roots = roots;
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _leafValues = leafValues;
        _width = width;
    }

    /// <summary>The flat form of an ensemble, or null when it uses something this scorer does not reproduce.</summary>
    public static TreeEnsembleScorer? TryCreate(RegressionTreeEnsemble ensemble)
    {
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1))
        {
            return null;
        }

        var trees = ensemble.Trees;
        if (trees.Any(t => t.CategoricalSplitFlags.Any(c => c)))
        {
            return null;
        }

        var roots = new int[trees.Count];
        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<double>();
        var width = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var nodeBase = feature.Count;
            var leafBase = leaves.Count;
            if (tree.NumberOfNodes == 0)
            {
                roots[t] = ~leafBase;
                leaves.Add(0);
                continue;
            }

            roots[t] = nodeBase;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                feature.Add(tree.NumericalSplitFeatureIndexes[n]);
                threshold.Add(tree.NumericalSplitThresholds[n]);
                left.Add(Rebase(tree.LeftChild[n], nodeBase, leafBase));
                right.Add(Rebase(tree.RightChild[n], nodeBase, leafBase));
                width = Math.Max(width, tree.NumericalSplitFeatureIndexes[n] + 1);
            }

            leaves.AddRange(tree.LeafValues);
        }

        return new TreeEnsembleScorer(roots, [.. feature], [.. threshold], [.. left], [.. right], [.. leaves], width);
    }

    private static int Rebase(int child, int nodeBase, int leafBase) => child >= 0 ? child + nodeBase : ~(~child + leafBase);

    /// <summary>The raw scores (the ensemble's sums), or false when a row has a missing value or is too short.</summary>
    public bool TryScore(IReadOnlyList<float[]> rows, out float[] scores)
    {
        scores = new float[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Length < _width || HasMissing(row))
            {
                scores = [];
                return false;
            }

            scores[i] = Score(row);
        }

        return true;
    }

    private float Score(float[] row)
    {
        var sum = 0.0;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                node = row[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
            }

            sum += _leafValues[~node];
        }

        return (float)sum;
    }

    private static bool HasMissing(float[] row)
    {
        foreach (var value in row)
        {
            if (float.IsNaN(value))
            {
                return true;
            }
        }

        return false;
    }
}
