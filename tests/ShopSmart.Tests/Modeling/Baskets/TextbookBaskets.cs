namespace ShopSmart.Tests.Modeling.Baskets;

/// <summary>
/// The nine-transaction example of Han, Kamber &amp; Pei (Data Mining, ch. 6) with items I1..I5 as keys 1..5.
/// Item counts: I1 6, I2 7, I3 6, I4 2, I5 2.
/// </summary>
internal static class TextbookBaskets
{
    public static readonly int[][] Transactions =
    [
        [1, 2, 5],    // T100
        [2, 4],       // T200
        [2, 3],       // T300
        [1, 2, 4],    // T400
        [1, 3],       // T500
        [2, 3],       // T600
        [1, 3],       // T700
        [1, 2, 3, 5], // T800
        [1, 2, 3],    // T900
    ];
}
