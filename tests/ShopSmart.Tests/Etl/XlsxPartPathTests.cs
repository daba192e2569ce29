using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class XlsxPartPathTests
{
    [Theory]
    [InlineData("xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")]
    [InlineData("xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")]
    [InlineData("xl/workbook.xml", "./worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")]
    [InlineData("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml")]
    [InlineData("", "xl/workbook.xml", "xl/workbook.xml")]
    [InlineData("xl/workbook.xml", "worksheets\\sheet2.xml", "xl/worksheets/sheet2.xml")]
    public void Targets_resolve_from_the_source_part_folder_or_the_package_root(string source, string target, string expected) =>
        Assert.Equal(expected, XlsxPartPath.Resolve(source, target));

    [Theory]
    [InlineData("xl/workbook.xml", "xl/_rels/workbook.xml.rels")]
    [InlineData("workbook.xml", "_rels/workbook.xml.rels")]
    public void The_relationships_part_sits_in_a_rels_folder_beside_its_part(string part, string expected) =>
        Assert.Equal(expected, XlsxPartPath.RelationshipsOf(part));
}
