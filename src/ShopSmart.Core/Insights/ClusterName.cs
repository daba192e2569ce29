using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>How recently a cluster's customers bought, against the whole customer base.</summary>
public enum ClusterActivity
{
    Active,
    Lapsing,
    Lapsed,
}

/// <summary>What a cluster's customers spend, against the quartiles of the whole customer base.</summary>
public enum ClusterValue
{
    High,
    Mid,
    Low,
}

/// <summary>
/// The parts of a k-means cluster's name ("Active high-value frequent customers (larger)"): the modelling decides them
/// (ShopSmart.Modeling.Segments.ClusterNaming) and stores the English name; every language writes them from its
/// catalogue (<c>cluster.*</c>), and a stored name is read back into its parts to be written in another language.
/// </summary>
/// <param name="Rank">With several clusters of the same name: this one's rank by size (1 = largest), else 0.</param>
/// <param name="Of">How many clusters share the name (0 or 1 when it is unique).</param>
public sealed record ClusterName(ClusterActivity Activity, ClusterValue Value, bool Frequent, bool New, int Rank = 0, int Of = 0)
{
    private static readonly TextCatalog English = TextCatalog.For(TextCulture.English);

    /// <summary>The name as the modelling stores it.</summary>
    public string InEnglish() => In(English);

    /// <summary>The name in the catalogue's language.</summary>
    public string In(TextCatalog texts) => Base(texts) + Tie(texts);

    /// <summary>
    /// A stored (English) name in the catalogue's language; a name that is not one of the modelling's (edited by hand,
    /// or from another version) is left as stored.
    /// </summary>
    public static string Translate(TextCatalog texts, string stored) => TryParse(stored, out var name) ? name.In(texts) : stored;

    /// <summary>Reads a stored English name back into its parts.</summary>
    public static bool TryParse(string stored, out ClusterName name)
    {
        foreach (var activity in Enum.GetValues<ClusterActivity>())
        {
            foreach (var value in Enum.GetValues<ClusterValue>())
            {
                foreach (var (frequent, isNew) in new[] { (false, false), (true, false), (false, true), (true, true) })
                {
                    var candidate = new ClusterName(activity, value, frequent, isNew);
                    var prefix = candidate.Base(English);
                    if (!stored.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var suffix = stored[prefix.Length..];
                    foreach (var tie in Ties(suffixed: suffix.Length > 0))
                    {
                        var tied = candidate with { Rank = tie.Rank, Of = tie.Of };
                        if (string.Equals(tied.Tie(English), suffix, StringComparison.Ordinal))
                        {
                            name = tied;
                            return true;
                        }
                    }
                }
            }
        }

        name = null!;
        return false;
    }

    private string Base(TextCatalog texts) => texts.Format("cluster.name", new TextArgs
    {
        { "activity", TextValue.Term("cluster.activity." + Activity.ToString().ToLowerInvariant()) },
        { "value", TextValue.Term("cluster.value." + Value.ToString().ToLowerInvariant()) },
        { "frequent", TextValue.Of(Frequent ? texts.Get("cluster.frequent") : string.Empty) },
        { "new", TextValue.Of(New ? texts.Get("cluster.new") : string.Empty) },
    });

    private string Tie(TextCatalog texts) => Of switch
    {
        < 2 => string.Empty,
        2 => texts.Get(Rank == 1 ? "cluster.tie.larger" : "cluster.tie.smaller"),
        _ => texts.Format("cluster.tie.rank", new TextArgs { { "rank", TextValue.Count(Rank) }, { "count", TextValue.Count(Of) } }),
    };

    /// <summary>The ties a name could carry: none without a suffix, else every rank of every group size.</summary>
    private static IEnumerable<(int Rank, int Of)> Ties(bool suffixed)
    {
        if (!suffixed)
        {
            yield return (0, 0);
            yield break;
        }

        yield return (1, 2);
        yield return (2, 2);
        // k-means runs for k up to a few dozen: ranks beyond that are not names the modelling writes.
        for (var of = 3; of <= 64; of++)
        {
            for (var rank = 1; rank <= of; rank++)
            {
                yield return (rank, of);
            }
        }
    }
}
