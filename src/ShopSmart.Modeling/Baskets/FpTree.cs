namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// An FP-tree over item ranks (0 = most frequent item). Nodes live in one array of structs: mining walks from nodes
/// up to the root millions of times, and rank and parent side by side cost one cache miss per step instead of
/// two. The conditional trees of the recursion are reset and reused instead of reallocated. Node 0 is the root.
/// </summary>
internal sealed class FpTree
{
    public const int NoNode = -1;

    private readonly int[] _head;
    private readonly int[] _rankCount;
    private readonly int[] _rootChild;
    private readonly List<int> _ranks = [];
    private int[] _pathRanks = [];
    private int[] _pathNodes = [];
    private int _pathLength;
    private bool _insertedOutOfOrder;
    private Node[] _nodes;
    private int _nodeCount;

    public FpTree(int rankCount, int nodeCapacity = 64)
    {
        _nodes = new Node[Math.Max(nodeCapacity, 2)];
        _head = new int[rankCount];
        _rootChild = new int[rankCount];
        _rankCount = new int[rankCount];
        Array.Fill(_head, NoNode);
        Array.Fill(_rootChild, NoNode);
        Reset();
    }

    /// <summary>The ranks present in the tree (unordered until <see cref="SortRanksDescending"/>).</summary>
    public List<int> Ranks => _ranks;

    public bool IsEmpty => _ranks.Count == 0;

    /// <summary>Total count of a rank over the tree: the support of (suffix ∪ rank).</summary>
    public int CountOf(int rank) => _rankCount[rank];

    /// <summary>First node of a rank; follow <see cref="Node.NextSameRank"/> for the others, <see cref="NoNode"/> at the end.</summary>
    public int FirstNode(int rank) => _head[rank];

    /// <summary>The nodes, for the hot loops that walk up the tree.</summary>
    public ReadOnlySpan<Node> Nodes => _nodes.AsSpan(0, _nodeCount);

    public void Reset()
    {
        foreach (var rank in _ranks)
        {
            _head[rank] = NoNode;
            _rootChild[rank] = NoNode;
            _rankCount[rank] = 0;
        }

        _ranks.Clear();
        _pathLength = 0;
        _insertedOutOfOrder = false;
        _nodeCount = 1;
        IsFrozen = false;
        _nodes[0] = new Node { Rank = NoNode, Parent = NoNode, FirstChild = NoNode, NextSibling = NoNode, NextSameRank = NoNode };
    }

    /// <summary>Adds a path of distinct ranks in ascending order, <paramref name="count"/> times.</summary>
    public void Insert(ReadOnlySpan<int> ascendingRanks, int count)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("The tree has been laid out for mining and cannot grow.");
        }

        _insertedOutOfOrder = true;

        var node = 0;
        foreach (var rank in ascendingRanks)
        {
            var child = node == 0 ? _rootChild[rank] : FindChild(node, rank);
            if (child == NoNode)
            {
                child = AddNode(node, rank);
            }

            _nodes[child].Count += count;
            _rankCount[rank] += count;
            node = child;
        }
    }

    /// <summary>
    /// Adds a path like <see cref="Insert"/>, the paths coming in lexicographic order (each no smaller than the one
    /// before). The path shares its nodes with the previous one up to where they differ, and from there on every node
    /// is new: a child of that rank would have come from a path that sorts between the two. No child is searched
    /// for — at 360,000 invoices of 490 frequent products, scanning siblings took most of the tree's build.
    /// </summary>
    public void InsertInOrder(ReadOnlySpan<int> ascendingRanks, int count)
    {
        if (IsFrozen || _insertedOutOfOrder)
        {
            throw new InvalidOperationException("Paths in order go into a fresh tree that is still growing.");
        }

        if (_pathRanks.Length < ascendingRanks.Length)
        {
            Array.Resize(ref _pathRanks, Math.Max(ascendingRanks.Length, 2 * _pathRanks.Length));
            Array.Resize(ref _pathNodes, _pathRanks.Length);
        }

        var shared = 0;
        while (shared < _pathLength && shared < ascendingRanks.Length && _pathRanks[shared] == ascendingRanks[shared])
        {
            shared++;
        }

        if (shared < _pathLength && (shared == ascendingRanks.Length || ascendingRanks[shared] < _pathRanks[shared]))
        {
            throw new ArgumentException("Paths must be inserted in lexicographic order.", nameof(ascendingRanks));
        }

        var node = 0;
        for (var i = 0; i < ascendingRanks.Length; i++)
        {
            var rank = ascendingRanks[i];
            node = i < shared ? _pathNodes[i] : AddNode(node, rank);
            _nodes[node].Count += count;
            _rankCount[rank] += count;
            _pathRanks[i] = rank;
            _pathNodes[i] = node;
        }

        _pathLength = ascendingRanks.Length;
    }

    /// <summary>
    /// Renumbers the nodes in depth-first preorder (a parent before its subtree, each subtree contiguous) and
    /// threads each rank's chain in that order. <see cref="CountPairs"/> needs the preorder; the walks up the tree
    /// also touch nearby memory more often than in insertion order, which scatters a path over the whole array.
    /// </summary>
    public void LayOutDepthFirst()
    {
        var laidOut = new Node[_nodeCount];
        var newIndex = new int[_nodeCount];
        var stack = new Stack<int>();
        var next = 0;
        stack.Push(0);
        while (stack.Count > 0)
        {
            var old = stack.Pop();
            newIndex[old] = next;
            laidOut[next] = _nodes[old];
            laidOut[next].Parent = old == 0 ? NoNode : newIndex[_nodes[old].Parent];
            next++;
            for (var child = _nodes[old].FirstChild; child != NoNode; child = _nodes[child].NextSibling)
            {
                stack.Push(child);
            }
        }

        foreach (var rank in _ranks)
        {
            _head[rank] = NoNode;
            _rootChild[rank] = NoNode;
        }

        // Children and siblings are no longer needed once the tree is complete: mining only walks up and along ranks.
        for (var node = _nodeCount - 1; node >= 1; node--)
        {
            ref var n = ref laidOut[node];
            n.FirstChild = NoNode;
            n.NextSibling = NoNode;
            n.NextSameRank = _head[n.Rank];
            _head[n.Rank] = node;
        }

        laidOut[0].FirstChild = NoNode;
        _nodes = laidOut;
        IsFrozen = true;
    }

    /// <summary>
    /// The count of every pair of ranks q &lt; r on a common path, in one pass over a tree laid out depth-first (the
    /// "FP-array" of Grahne &amp; Zhu's FP-growth*): pair (r, q) is at r·(r − 1)/2 + q. Visiting nodes in address
    /// order with their ancestors on a stack touches one row at a time, where walking up from each node of each
    /// rank jumps around the whole tree. Null when the triangle would need more than
    /// <paramref name="maxEntries"/> counters.
    /// </summary>
    public int[]? CountPairs(long maxEntries)
    {
        if (!IsFrozen)
        {
            throw new InvalidOperationException("Lay the tree out depth-first before counting pairs.");
        }

        var rankCount = (long)_head.Length;
        if (rankCount * (rankCount - 1) / 2 > Math.Min(maxEntries, Array.MaxLength))
        {
            return null;
        }

        var pairs = new int[rankCount * (rankCount - 1) / 2];
        var stackNodes = new int[_head.Length + 1];
        var stackRanks = new int[_head.Length + 1];
        var depth = 0;
        for (var node = 1; node < _nodeCount; node++)
        {
            // In preorder the parent is on the stack: everything above it belongs to finished subtrees.
            var parent = _nodes[node].Parent;
            while (depth > 0 && stackNodes[depth - 1] != parent)
            {
                depth--;
            }

            var rank = _nodes[node].Rank;
            var count = _nodes[node].Count;
            var row = pairs.AsSpan((int)((long)rank * (rank - 1) / 2), rank);
            for (var i = 0; i < depth; i++)
            {
                row[stackRanks[i]] += count;
            }

            stackNodes[depth] = node;
            stackRanks[depth] = rank;
            depth++;
        }

        return pairs;
    }

    /// <summary>True once laid out depth-first: the tree can be mined but no longer grown.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Least frequent rank first, the order FP-Growth walks the header table in.</summary>
    public void SortRanksDescending() => _ranks.Sort(static (a, b) => b.CompareTo(a));

    private int FindChild(int node, int rank)
    {
        for (var child = _nodes[node].FirstChild; child != NoNode; child = _nodes[child].NextSibling)
        {
            if (_nodes[child].Rank == rank)
            {
                return child;
            }
        }

        return NoNode;
    }

    private int AddNode(int parent, int rank)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        var node = _nodeCount++;
        if (_head[rank] == NoNode)
        {
            _ranks.Add(rank);
        }

        _nodes[node] = new Node
        {
            Rank = rank,
            Parent = parent,
            FirstChild = NoNode,
            NextSibling = _nodes[parent].FirstChild,
            NextSameRank = _head[rank],
        };
        _nodes[parent].FirstChild = node;
        _head[rank] = node;
        if (parent == 0)
        {
            _rootChild[rank] = node;
        }

        return node;
    }

    internal struct Node
    {
        public int Rank;
        public int Parent;
        public int Count;
        public int FirstChild;
        public int NextSibling;
        public int NextSameRank;
    }
}
