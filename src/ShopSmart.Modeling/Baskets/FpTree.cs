namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// An FP-tree over item ranks (0 = most frequent item), stored as parallel arrays so that the conditional trees of
/// the recursion can be reset and reused instead of reallocated. Node 0 is the root.
/// </summary>
internal sealed class FpTree
{
    private const int NoNode = -1;

    private readonly int[] _head;
    private readonly int[] _rankCount;
    private readonly int[] _rootChild;
    private readonly List<int> _ranks = [];
    private int[] _rank = new int[64];
    private int[] _count = new int[64];
    private int[] _parent = new int[64];
    private int[] _firstChild = new int[64];
    private int[] _nextSibling = new int[64];
    private int[] _nextSameRank = new int[64];
    private int _nodeCount;

    public FpTree(int rankCount)
    {
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

    /// <summary>First node of a rank; follow <see cref="NextSameRank"/> for the others, -1 at the end.</summary>
    public int FirstNode(int rank) => _head[rank];

    public int NextSameRank(int node) => _nextSameRank[node];

    public int NodeCount(int node) => _count[node];

    public int Parent(int node) => _parent[node];

    public int Rank(int node) => _rank[node];

    public static bool IsRoot(int node) => node == 0;

    public void Reset()
    {
        foreach (var rank in _ranks)
        {
            _head[rank] = NoNode;
            _rootChild[rank] = NoNode;
            _rankCount[rank] = 0;
        }

        _ranks.Clear();
        _nodeCount = 1;
        _rank[0] = NoNode;
        _count[0] = 0;
        _parent[0] = NoNode;
        _firstChild[0] = NoNode;
        _nextSibling[0] = NoNode;
        _nextSameRank[0] = NoNode;
    }

    /// <summary>Adds a path of distinct ranks in ascending order, <paramref name="count"/> times.</summary>
    public void Insert(ReadOnlySpan<int> ascendingRanks, int count)
    {
        var node = 0;
        foreach (var rank in ascendingRanks)
        {
            var child = node == 0 ? _rootChild[rank] : FindChild(node, rank);
            if (child == NoNode)
            {
                child = AddNode(node, rank);
            }

            _count[child] += count;
            _rankCount[rank] += count;
            node = child;
        }
    }

    /// <summary>Least frequent rank first, the order FP-Growth walks the header table in.</summary>
    public void SortRanksDescending() => _ranks.Sort(static (a, b) => b.CompareTo(a));

    private int FindChild(int node, int rank)
    {
        for (var child = _firstChild[node]; child != NoNode; child = _nextSibling[child])
        {
            if (_rank[child] == rank)
            {
                return child;
            }
        }

        return NoNode;
    }

    private int AddNode(int parent, int rank)
    {
        if (_nodeCount == _rank.Length)
        {
            Grow();
        }

        var node = _nodeCount++;
        _rank[node] = rank;
        _count[node] = 0;
        _parent[node] = parent;
        _firstChild[node] = NoNode;
        _nextSibling[node] = _firstChild[parent];
        _firstChild[parent] = node;
        if (parent == 0)
        {
            _rootChild[rank] = node;
        }

        if (_head[rank] == NoNode)
        {
            _ranks.Add(rank);
        }

        _nextSameRank[node] = _head[rank];
        _head[rank] = node;
        return node;
    }

    private void Grow()
    {
        var size = _rank.Length * 2;
        Array.Resize(ref _rank, size);
        Array.Resize(ref _count, size);
        Array.Resize(ref _parent, size);
        Array.Resize(ref _firstChild, size);
        Array.Resize(ref _nextSibling, size);
        Array.Resize(ref _nextSameRank, size);
    }
}
