namespace ShopSmart.Reporting.Data;

/// <summary>A row of mart.v_anomalies: a line (quantity, unit price) or a day (daily revenue) that stands out.</summary>
public sealed record Anomaly(string Type, int DateKey, string? InvoiceNo, string? StockCode, double Observed, double Median, double RobustZ);
