namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// The recursion of FP-Growth over ranks, with one reusable conditional tree and counting scratch per depth.
/// The global tree's first level reads pair counts from its FP-array instead of walking up from every node.
/// </summary>
internal sealed class FpGrowthMiner(int[] keyOfRank, int minCount, int transactionCount, FrequentItemsetOptions options)
{
    private readonly int _maxLength = options.MaxLength;
    private readonly int _maxItemsets = options.MaxItemsets;
    private readonly int[] _suffix = new int[Math.Min(options.MaxLength, keyOfRank.Length)];
    private readonly List<FpTree> _trees = [];
    private readonly List<int[]> _counts = [];
    private readonly List<int> _touched = [];
    private readonly List<FrequentItemset> _found = [];
    private readonly List<(int Start, int End, int Weight)> _basePaths = [];
    private readonly int[] _path = new int[keyOfRank.Length];
    private int[] _baseItems = new int[1024];

    public void Run(FpTree tree)
    {
        var pairs = _maxLength >= 2 ? tree.CountPairs(options.MaxPairCounters) : null;
        if (pairs is null)
        {
            Mine(tree, 0);
        }
        else
        {
            MineFirstLevel(tree, pairs);
        }
    }

    public List<FrequentItemset> SortedResult()
    {
        _found.Sort(static (a, b) =>
        {
            var byLength = a.Items.Count.CompareTo(b.Items.Count);
            if (byLength != 0)
            {
                return byLength;
            }

            var byCount = b.Count.CompareTo(a.Count);
            return byCount != 0 ? byCount : ItemsetComparer.Instance.Compare(a.Items, b.Items);
        });
        return _found;
    }

    // Level 0 with the FP-array: the pairs {q, r} come straight from the counts, and only a rank with two frequent
    // partners or more can lead to longer itemsets, so only those ranks walk their paths to build a tree.
    private void MineFirstLevel(FpTree tree, int[] pairs)
    {
        tree.SortRanksDescending();
        foreach (var rank in tree.Ranks)
        {
            _suffix[0] = rank;
            Emit(1, tree.CountOf(rank));
            var row = pairs.AsSpan((int)((long)rank * (rank - 1) / 2), rank);
            _touched.Clear();
            for (var q = 0; q < row.Length; q++)
            {
                if (row[q] >= minCount)
                {
                    _touched.Add(q);
                }
            }

            if (_maxLength == 2 || _touched.Count < 2)
            {
                foreach (var q in _touched)
                {
                    _suffix[1] = q;
                    Emit(2, row[q]);
                }

                continue;
            }

            var conditional = TreeAt(1);
            conditional.Reset();
            var nodes = tree.Nodes;
            for (var node = tree.FirstNode(rank); node != FpTree.NoNode; node = nodes[node].NextSameRank)
            {
                var length = 0;
                for (var p = nodes[node].Parent; p != 0; p = nodes[p].Parent)
                {
                    if (row[nodes[p].Rank] >= minCount)
                    {
                        length++;
                    }
                }

                if (length == 0)
                {
                    continue;
                }

                // Walking up meets descending ranks; the tree takes them ascending.
                var at = length;
                for (var p = nodes[node].Parent; at > 0; p = nodes[p].Parent)
                {
                    if (row[nodes[p].Rank] >= minCount)
                    {
                        _path[--at] = nodes[p].Rank;
                    }
                }

                conditional.Insert(_path.AsSpan(0, length), nodes[node].Count);
            }

            Mine(conditional, 1);
        }
    }

    // tree holds the transactions that contain the suffix _suffix[0..depth), with the suffix removed.
    private void Mine(FpTree tree, int depth)
    {
        tree.SortRanksDescending();
        var counts = CountsAt(depth);
        foreach (var rank in tree.Ranks)
        {
            _suffix[depth] = rank;
            Emit(depth + 1, tree.CountOf(rank));
            if (depth + 1 >= _maxLength)
            {
                continue;
            }

            // The next level is the last: its itemsets' counts are the pattern base's counts, no tree needed.
            var lastLevel = depth + 2 >= _maxLength;
            CollectPatternBase(tree, rank, counts, keepPaths: !lastLevel);
            if (lastLevel)
            {
                foreach (var r in _touched)
                {
                    if (counts[r] >= minCount)
                    {
                        _suffix[depth + 1] = r;
                        Emit(depth + 2, counts[r]);
                    }
                }

                ClearCounts(counts);
                continue;
            }

            var conditional = TreeAt(depth + 1);
            FillConditionalTree(counts, conditional);
            ClearCounts(counts);
            if (!conditional.IsEmpty)
            {
                Mine(conditional, depth + 1);
            }
        }
    }

    // The conditional pattern base of `rank`: the prefix path above each of its nodes, weighted by the node's
    // count. One walk per node both counts the items and (when a tree follows) keeps the path.
    private void CollectPatternBase(FpTree tree, int rank, int[] counts, bool keepPaths)
    {
        _touched.Clear();
        _basePaths.Clear();
        var nodes = tree.Nodes;
        var used = 0;
        for (var node = tree.FirstNode(rank); node != FpTree.NoNode; node = nodes[node].NextSameRank)
        {
            var weight = nodes[node].Count;
            var start = used;
            if (keepPaths && _baseItems.Length - used < _path.Length)
            {
                Array.Resize(ref _baseItems, Math.Max(_baseItems.Length * 2, used + _path.Length));
            }

            for (var p = nodes[node].Parent; p != 0; p = nodes[p].Parent)
            {
                var r = nodes[p].Rank;
                if (counts[r] == 0)
                {
                    _touched.Add(r);
                }

                counts[r] += weight;
                if (keepPaths)
                {
                    _baseItems[used++] = r;
                }
            }

            if (keepPaths && used > start)
            {
                _basePaths.Add((start, used, weight));
            }
        }
    }

    private void FillConditionalTree(int[] counts, FpTree conditional)
    {
        conditional.Reset();
        foreach (var (start, end, weight) in _basePaths)
        {
            // A path was collected walking up (descending ranks); the tree takes it ascending, frequent items only.
            var length = 0;
            for (var i = end - 1; i >= start; i--)
            {
                if (counts[_baseItems[i]] >= minCount)
                {
                    _path[length++] = _baseItems[i];
                }
            }

            if (length > 0)
            {
                conditional.Insert(_path.AsSpan(0, length), weight);
            }
        }
    }

    private void ClearCounts(int[] counts)
    {
        foreach (var r in _touched)
        {
            counts[r] = 0;
        }
    }

    private void Emit(int length, int count)
    {
        if (_found.Count >= _maxItemsets)
        {
            throw new ItemsetLimitExceededException(_maxItemsets, minCount, transactionCount, _maxLength);
        }

        var items = new int[length];
        for (var i = 0; i < length; i++)
        {
            items[i] = keyOfRank[_suffix[i]];
        }

        Array.Sort(items);
        _found.Add(new FrequentItemset(items, count, transactionCount));
    }

    private FpTree TreeAt(int depth)
    {
        while (_trees.Count < depth)
        {
            _trees.Add(new FpTree(keyOfRank.Length));
        }

        return _trees[depth - 1];
    }

    private int[] CountsAt(int depth)
    {
        while (_counts.Count <= depth)
        {
            _counts.Add(new int[keyOfRank.Length]);
        }

        return _counts[depth];
    }
}
