using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>The RFM segment names of mart.v_customer_rfm and their catalogue terms (<c>segment.at_risk</c>).</summary>
public static class SegmentNames
{
    public const string Champions = "Champions";
    public const string Loyal = "Loyal";
    public const string PotentialLoyalist = "Potential Loyalist";
    public const string New = "New";
    public const string Promising = "Promising";
    public const string NeedAttention = "Need Attention";
    public const string AboutToSleep = "About to Sleep";
    public const string AtRisk = "At Risk";
    public const string CantLoseThem = "Can't Lose Them";
    public const string Hibernating = "Hibernating";
    public const string Lost = "Lost";

    /// <summary>
    /// Who a win-back campaign is for: customers who used to buy often and for much but have not bought for a while.
    /// The report's recommendation counts them and the workbook's win-back list names them.
    /// </summary>
    public static IReadOnlyList<string> WinBack { get; } = [AtRisk, CantLoseThem];

    /// <summary>From the most to the least valuable, the order tables and legends use.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Champions, Loyal, PotentialLoyalist, New, Promising, NeedAttention, AboutToSleep, AtRisk, CantLoseThem, Hibernating, Lost];

    /// <summary>The catalogue key of a segment name (<c>segment.at_risk</c>).</summary>
    public static string TermKey(string segment) => Texts.TermKey.For("segment", segment);

    /// <summary>A known segment as a translated term; an unknown one (a changed view) as its name, untranslated.</summary>
    public static TextValue Term(string segment) => All.Contains(segment) ? TextValue.Term(TermKey(segment)) : TextValue.Of(segment);

    /// <summary>Position in <see cref="All"/>; unknown names sort last.</summary>
    public static int Order(string segment)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == segment)
            {
                return i;
            }
        }

        return All.Count;
    }
}
