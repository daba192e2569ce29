using System.Runtime.InteropServices;

namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Exact frequent itemsets by FP-Growth (Han, Pei &amp; Yin, 2000): one pass counts items, a second builds a prefix
/// tree of each transaction's frequent items in a fixed order, then itemsets grow from each item's conditional
/// tree without generating candidates.
/// </summary>
public static class FpGrowth
{
    /// <summary>Every itemset of up to <see cref="FrequentItemsetOptions.MaxLength"/> products with enough support.</summary>
    /// <param name="transactions">One array of product keys per invoice; a key repeated within one counts once.</param>
    /// <param name="options">Support, length and size limits; the defaults when null.</param>
    /// <exception cref="ItemsetLimitExceededException">More itemsets than the options allow.</exception>
    public static FrequentItemsets Mine(IReadOnlyList<int[]> transactions, FrequentItemsetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new FrequentItemsetOptions();
        var minCount = options.MinCountFor(transactions.Count);

        var itemCounts = CountItems(transactions);
        var keyOfRank = itemCounts
            .Where(kv => kv.Value.Count >= minCount)
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key)
            .Select(kv => kv.Key)
            .ToArray();

        var miner = new Miner(keyOfRank, minCount, transactions.Count, options);
        if (keyOfRank.Length > 0)
        {
            miner.Run(BuildTree(transactions, keyOfRank));
        }

        return new FrequentItemsets(miner.SortedResult(), transactions.Count, minCount, options.MaxLength);
    }

    private static Dictionary<int, ItemTally> CountItems(IReadOnlyList<int[]> transactions)
    {
        var counts = new Dictionary<int, ItemTally>();
        for (var t = 0; t < transactions.Count; t++)
        {
            var transaction = transactions[t]
                ?? throw new ArgumentException($"Transaction {t} is null; pass an empty array for an empty basket.", nameof(transactions));

            // Remembering the last transaction that counted an item collapses duplicates without sorting.
            foreach (var key in transaction)
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
                if (tally.LastTransaction != t + 1)
                {
                    tally.LastTransaction = t + 1;
                    tally.Count++;
                }
            }
        }

        return counts;
    }

    private static FpTree BuildTree(IReadOnlyList<int[]> transactions, int[] keyOfRank)
    {
        var rankOfKey = new Dictionary<int, int>(keyOfRank.Length);
        for (var rank = 0; rank < keyOfRank.Length; rank++)
        {
            rankOfKey[keyOfRank[rank]] = rank;
        }

        var tree = new FpTree(keyOfRank.Length);
        var buffer = new int[16];
        foreach (var transaction in transactions)
        {
            if (buffer.Length < transaction.Length)
            {
                buffer = new int[transaction.Length];
            }

            var length = 0;
            foreach (var key in transaction)
            {
                if (rankOfKey.TryGetValue(key, out var rank))
                {
                    buffer[length++] = rank;
                }
            }

            var ranks = buffer.AsSpan(0, length);
            ranks.Sort();
            var distinct = 0;
            for (var i = 0; i < ranks.Length; i++)
            {
                if (i == 0 || ranks[i] != ranks[i - 1])
                {
                    ranks[distinct++] = ranks[i];
                }
            }

            if (distinct > 0)
            {
                tree.Insert(ranks[..distinct], 1);
            }
        }

        return tree;
    }

    private struct ItemTally
    {
        public int Count;
        public int LastTransaction;
    }

    /// <summary>The recursion's state: one reusable conditional tree and counting scratch per depth.</summary>
    private sealed class Miner(int[] keyOfRank, int minCount, int transactionCount, FrequentItemsetOptions options)
    {
        private readonly int _maxLength = options.MaxLength;
        private readonly int _maxItemsets = options.MaxItemsets;
        private readonly int[] _suffix = new int[Math.Min(options.MaxLength, keyOfRank.Length)];
        private readonly List<FpTree> _trees = [];
        private readonly List<int[]> _counts = [];
        private readonly List<int> _touched = [];
        private readonly List<FrequentItemset> _found = [];
        private int[] _path = new int[16];

        public void Run(FpTree tree) => Mine(tree, 0);

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

                // The conditional pattern base of `rank`: the prefix path above each of its nodes, weighted by the node.
                _touched.Clear();
                for (var node = tree.FirstNode(rank); node != -1; node = tree.NextSameRank(node))
                {
                    var weight = tree.NodeCount(node);
                    for (var p = tree.Parent(node); !FpTree.IsRoot(p); p = tree.Parent(p))
                    {
                        var r = tree.Rank(p);
                        if (counts[r] == 0)
                        {
                            _touched.Add(r);
                        }

                        counts[r] += weight;
                    }
                }

                if (depth + 2 >= _maxLength)
                {
                    // The next level is the last: its itemsets' counts are the base's counts, no tree needed.
                    foreach (var r in _touched)
                    {
                        if (counts[r] >= minCount)
                        {
                            _suffix[depth + 1] = r;
                            Emit(depth + 2, counts[r]);
                        }
                    }
                }
                else
                {
                    var conditional = TreeAt(depth + 1);
                    FillConditionalTree(tree, rank, counts, conditional);
                    ClearCounts(counts);
                    if (!conditional.IsEmpty)
                    {
                        Mine(conditional, depth + 1);
                    }

                    continue;
                }

                ClearCounts(counts);
            }
        }

        private void FillConditionalTree(FpTree tree, int rank, int[] counts, FpTree conditional)
        {
            conditional.Reset();
            for (var node = tree.FirstNode(rank); node != -1; node = tree.NextSameRank(node))
            {
                // Walking up gives descending ranks; fill the buffer from its end so the path reads ascending.
                var length = 0;
                for (var p = tree.Parent(node); !FpTree.IsRoot(p); p = tree.Parent(p))
                {
                    if (counts[tree.Rank(p)] >= minCount)
                    {
                        length++;
                    }
                }

                if (length == 0)
                {
                    continue;
                }

                if (_path.Length < length)
                {
                    _path = new int[Math.Max(length, _path.Length * 2)];
                }

                var at = length;
                for (var p = tree.Parent(node); !FpTree.IsRoot(p); p = tree.Parent(p))
                {
                    var r = tree.Rank(p);
                    if (counts[r] >= minCount)
                    {
                        _path[--at] = r;
                    }
                }

                conditional.Insert(_path.AsSpan(0, length), tree.NodeCount(node));
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
}
