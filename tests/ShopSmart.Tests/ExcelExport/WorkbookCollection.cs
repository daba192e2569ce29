namespace ShopSmart.Tests.ExcelExport;

/// <summary>The test classes that read the one workbook <see cref="WorkbookFixture"/> exports from the sample.</summary>
[CollectionDefinition(Name)]
public sealed class WorkbookCollection : ICollectionFixture<WorkbookFixture>
{
    public const string Name = "sample workbook";
}
