using ShopSmart.Etl.Commands;

namespace ShopSmart.Tests.Etl;

public sealed class BatchListTests
{
    [Theory]
    [InlineData(new int[0], "")]
    [InlineData(new[] { 7 }, "7")]
    [InlineData(new[] { 4, 5 }, "4, 5")]
    [InlineData(new[] { 1, 2, 3 }, "1–3")]
    [InlineData(new[] { 9, 1, 2, 3, 5, 6, 8, 3 }, "1–3, 5, 6, 8, 9")]
    [InlineData(new[] { 1, 2, 3, 4, 6, 7, 8, 10 }, "1–4, 6–8, 10")]
    public void Consecutive_batches_read_as_ranges(int[] ids, string expected) => Assert.Equal(expected, BatchList.Describe(ids));
}
