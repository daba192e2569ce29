namespace ShopSmart.ExcelExport.Sheets;

/// <summary>The notes a sheet shows where its data is missing, so an empty warehouse still gives a readable workbook.</summary>
public static class MissingData
{
    public const string NoSales = "No sales in the warehouse yet: load data first (shopsmart-etl load <file>, or shopsmart run).";

    public const string NoCustomers = "No known customers yet: RFM segments need clean sales of customers with an id.";

    public const string NoModelRun = "No model run yet: run shopsmart-modeling train (or shopsmart run) to fill this part.";
}
