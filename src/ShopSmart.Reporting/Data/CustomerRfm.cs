namespace ShopSmart.Reporting.Data;

/// <summary>A customer of mart.v_customer_rfm, as far as the report plots it.</summary>
public sealed record CustomerRfm(int CustomerKey, int RecencyDays, int Frequency, double Monetary, string Segment, DateOnly ReferenceDate, DateOnly FirstPurchase);
