namespace ShopSmart.Etl.Cleaning;

/// <summary>dw.dim_product.product_class values: what kind of line a stock code stands for.</summary>
public static class ProductClasses
{
    public const string Product = "PRODUCT";
    public const string Postage = "POSTAGE";
    public const string Carriage = "CARRIAGE";
    public const string Manual = "MANUAL";
    public const string BankCharges = "BANK_CHARGES";
    public const string MarketplaceFee = "MARKETPLACE_FEE";
    public const string Charity = "CHARITY";
    public const string Discount = "DISCOUNT";
    public const string Samples = "SAMPLES";
    public const string BadDebt = "BAD_DEBT";
    public const string GiftVoucher = "GIFT_VOUCHER";
    public const string Adjustment = "ADJUSTMENT";
    public const string Test = "TEST";
}
