using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;

namespace ShopSmart.Tests.Insights;

public sealed class ClusterNameTests
{
    private static readonly TextCatalog French = TextCatalog.For(TextCulture.French);

    public static TheoryData<ClusterName> EveryName()
    {
        var names = new TheoryData<ClusterName>();
        foreach (var activity in Enum.GetValues<ClusterActivity>())
        {
            foreach (var value in Enum.GetValues<ClusterValue>())
            {
                names.Add(new ClusterName(activity, value, false, false));
                names.Add(new ClusterName(activity, value, true, activity == ClusterActivity.Active));
                names.Add(new ClusterName(activity, value, false, false, Rank: 2, Of: 2));
                names.Add(new ClusterName(activity, value, true, false, Rank: 3, Of: 4));
            }
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(EveryName))]
    public void A_stored_name_reads_back_into_the_parts_it_was_written_from(ClusterName name)
    {
        Assert.True(ClusterName.TryParse(name.InEnglish(), out var parsed));
        Assert.Equal(name, parsed);
    }

    [Theory]
    [InlineData("Active high-value frequent customers", "Clients actifs, à forte valeur, fréquents")]
    [InlineData("Active low-value new customers", "Clients actifs, à faible valeur, nouveaux")]
    [InlineData("Lapsing mid-value customers (larger)", "Clients en perte de vitesse, à valeur moyenne (le plus grand)")]
    [InlineData("Lapsed low-value customers (2 of 3 by size)", "Clients inactifs, à faible valeur (n° 2 sur 3 par taille)")]
    public void A_stored_name_is_written_in_french(string stored, string french)
    {
        Assert.Equal(french, ClusterName.Translate(French, stored));
    }

    [Theory]
    [InlineData("Frequent buyers")]
    [InlineData("Active high-value customers (biggest)")]
    [InlineData("")]
    public void A_name_the_modelling_does_not_write_is_left_as_stored(string stored)
    {
        Assert.False(ClusterName.TryParse(stored, out _));
        Assert.Equal(stored, ClusterName.Translate(French, stored));
    }
}
