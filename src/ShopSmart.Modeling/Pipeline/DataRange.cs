namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// What the warehouse holds for modelling: the first and last purchase dates and the customer count; and the sales lines
/// of any customer or none (<paramref name="SalesLines"/>), which tell a warehouse of guests only from an empty one.
/// </summary>
public sealed record DataRange(DateOnly? FirstPurchaseDate, DateOnly? LastPurchaseDate, int Customers, long SalesLines = 0)
{
    public bool IsEmpty => FirstPurchaseDate is null || LastPurchaseDate is null || Customers == 0;

    public int HistoryDays => IsEmpty ? 0 : LastPurchaseDate!.Value.DayNumber - FirstPurchaseDate!.Value.DayNumber + 1;
}
