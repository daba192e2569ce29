namespace ShopSmart.Modeling.Pipeline;

/// <summary>What the warehouse holds for modelling: the first and last purchase dates and the customer count.</summary>
public sealed record DataRange(DateOnly? FirstPurchaseDate, DateOnly? LastPurchaseDate, int Customers)
{
    public bool IsEmpty => FirstPurchaseDate is null || LastPurchaseDate is null || Customers == 0;

    public int HistoryDays => IsEmpty ? 0 : LastPurchaseDate!.Value.DayNumber - FirstPurchaseDate!.Value.DayNumber + 1;
}
