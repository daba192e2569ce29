using ShopSmart.Etl.Cleaning;

namespace ShopSmart.Tests.Etl;

public sealed class CountryNamesTests
{
    [Fact]
    public void The_warehouse_s_spelling_names_a_country_then_the_file_s_first()
    {
        var names = new CountryNames(["United Kingdom", "EIRE", "united kingdom"]);

        Assert.Equal("United Kingdom", names.Canonical("UNITED KINGDOM"));
        Assert.Equal("United Kingdom", names.Canonical("united kingdom")); // an old warehouse's second spelling loses to the first
        Assert.Equal("EIRE", names.Canonical("Eire"));
        Assert.Equal("france", names.Canonical("france"));
        Assert.Equal("france", names.Canonical("France"));
        Assert.Null(names.Canonical(null));
    }
}
