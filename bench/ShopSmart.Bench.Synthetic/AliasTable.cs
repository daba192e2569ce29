namespace ShopSmart.Bench.Synthetic;

/// <summary>Walker's alias method: draws an index with probability proportional to its weight in O(1).</summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("An alias table needs at least one weight.", nameof(weights));
        }

        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += weights[i];
        }

        if (!(total > 0))
        {
            throw new ArgumentException("The weights must add up to more than zero.", nameof(weights));
        }

        _probability = new double[n];
        _alias = new int[n];
        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).Push(l);
        }

        // What is left is 1 up to rounding.
        while (large.Count > 0)
        {
            _probability[large.Pop()] = 1;
        }

        while (small.Count > 0)
        {
            _probability[small.Pop()] = 1;
        }
    }

    public int Count => _probability.Length;

    public int Sample(Rng rng)
    {
        var i = rng.Next(_probability.Length);
        return rng.NextDouble() < _probability[i] ? i : _alias[i];
    }
}
