using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Targets;

/// <summary>A customer, the product to offer next, and the association rule that justifies it (when one does).</summary>
public sealed record CrossSellTarget(CustomerScore Customer, NextBestProduct Offer, AssociationRule? Rule);
