using ShopSmart.Core.Data;

namespace ShopSmart.Tests.Core;

public sealed class ColumnNameTests
{
    [Theory]
    [InlineData("CustomerKey", "customer_key")]
    [InlineData("PAlive", "p_alive")]
    [InlineData("RocAuc", "roc_auc")]
    [InlineData("RunId", "run_id")]
    [InlineData("Top10Share", "top10_share")]
    public void Property_names_map_to_snake_case_columns(string property, string column) =>
        Assert.Equal(column, ColumnName.FromProperty(property));
}
