namespace ShopSmart.Reporting.Document;

/// <summary>A column header; numeric columns are right-aligned by every renderer.</summary>
public sealed record TableColumn(string Header, bool Numeric = false);
