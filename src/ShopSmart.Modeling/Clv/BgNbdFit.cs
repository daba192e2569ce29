namespace ShopSmart.Modeling.Clv;

/// <summary>Fitted BG/NBD parameters with how the fit went.</summary>
public sealed record BgNbdFit(BgNbdParameters Parameters, FitDiagnostics Diagnostics);
