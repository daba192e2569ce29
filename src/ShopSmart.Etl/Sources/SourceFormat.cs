namespace ShopSmart.Etl.Sources;

/// <summary>File formats the ETL reads, told apart by their first bytes rather than their extension.</summary>
public enum SourceFormat
{
    Csv,
    CsvGzip,
    Excel,
}
