namespace ShopSmart.Modeling.Baskets;

/// <summary>Item lists compared by content: equality for look-ups, lexicographic order for stable output.</summary>
internal sealed class ItemsetComparer : IEqualityComparer<IReadOnlyList<int>>, IComparer<IReadOnlyList<int>>
{
    public static readonly ItemsetComparer Instance = new();

    public bool Equals(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (x[i] != y[i])
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(IReadOnlyList<int> obj)
    {
        var hash = new HashCode();
        for (var i = 0; i < obj.Count; i++)
        {
            hash.Add(obj[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Shorter first, then element by element.</summary>
    public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null) * -1;
        }

        if (x.Count != y.Count)
        {
            return x.Count.CompareTo(y.Count);
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (x[i] != y[i])
            {
                return x[i].CompareTo(y[i]);
            }
        }

        return 0;
    }
}
