namespace ShopSmart.Etl.Sources;

/// <summary>File formats the ETL reads, told apart by their first bytes rather than their extension.</summary>
public enum SourceFormat
{
    Csv,
    CsvGzip,

    /// <summary>An OpenXML workbook (a zip package).</summary>
    Xlsx,

    /// <summary>A legacy Excel 97–2003 workbook (an OLE compound file).</summary>
    Xls,
}
