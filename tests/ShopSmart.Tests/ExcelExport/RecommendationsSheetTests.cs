using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.ExcelExport.Sheets;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// The Recommendations sheet shows every recommendation of the shared builder, in its order and in the catalogue's
/// English words — the same ones the analysis report states — with the expected value as a number.
/// </summary>
[Collection(WorkbookCollection.Name)]
public sealed class RecommendationsSheetTests(WorkbookFixture fixture)
{
    [Fact]
    public void Recommendations_sheet_holds_the_shared_recommendations_with_their_figures()
    {
        var expected = RecommendationBuilder.Build(InsightReader.Read(fixture.Warehouse.Engine));
        var catalog = TextCatalog.For(TextCulture.English);
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, RecommendationsSheet.SheetName, "Recommendations");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var words = RecommendationText.Describe(expected[i], catalog);
            Assert.Equal(i + 1, rows[i].Field("No.").GetDouble());
            Assert.Equal(words.Title, rows[i].Field("Recommendation").GetString());
            Assert.Equal(words.Evidence, rows[i].Field("Evidence").GetString());
            Assert.Equal(words.Action, rows[i].Field("Action").GetString());
            Assert.Equal(words.ExpectedValue, rows[i].Field("How the value is worked out").GetString());
            SheetNumbersTests.Equal(expected[i].ExpectedValue, rows[i].Field("Expected value (£)"));
            Assert.DoesNotContain("{", rows[i].Field("Evidence").GetString());
        }
    }
}
