using ShopSmart.Etl.Sources;
using static ShopSmart.Etl.Sources.DialectEvidence;

namespace ShopSmart.Tests.Etl;

public sealed class GivenAnswerCheckTests
{
    /// <summary>A month-first order given, checked against values voting month first (with), day first (against) or either way.</summary>
    private static bool Refuses(int with, int against, int either)
    {
        var check = GivenAnswerCheck.ForDateOrder(ShopSmart.Etl.Sources.DateOrder.MonthFirst);
        var row = 2L;
        foreach (var (vote, count) in new[] { (Vote.First, with), (Vote.Second, against), (Vote.Either, either) })
        {
            for (var i = 0; i < count; i++)
            {
                check.Add(vote, null, row++, vote == Vote.Second ? "31/12/2010 8:26" : "12/1/2010 8:26");
            }
        }

        try
        {
            check.Verify("f.csv");
            return false;
        }
        catch (SourceFileException)
        {
            return true;
        }
    }

    [Theory]
    [InlineData(0, 2, 10, false)] // a stray value or two the other way: quarantined, the option wins
    [InlineData(0, 3, 10, true)] // no value agrees and three disagree
    [InlineData(0, 3, 400, false)] // three in a file of 403 is under 1 %
    [InlineData(0, 5, 400, true)]
    [InlineData(10, 10, 0, false)] // split evenly: the option settles it
    [InlineData(10, 11, 0, true)]
    [InlineData(0, 15_749, 26_732, true)] // a December extract of the UCI file read day first: most values read either way
    [InlineData(0, 0, 100, false)] // nothing decides: the option does
    public void Only_values_that_read_one_way_decide_and_a_few_strays_do_not(int with, int against, int either, bool refused) =>
        Assert.Equal(refused, Refuses(with, against, either));
}
