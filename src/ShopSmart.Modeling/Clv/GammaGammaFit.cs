namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Fitted Gamma-Gamma parameters with how the fit went, and the Pearson correlation between x and z̄ over the fitted
/// customers: the model assumes spend is independent of frequency, so a strong correlation is a warning.
/// </summary>
public sealed record GammaGammaFit(GammaGammaParameters Parameters, FitDiagnostics Diagnostics, double FrequencyValueCorrelation);
