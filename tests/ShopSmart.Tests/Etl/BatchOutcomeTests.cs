using ShopSmart.Etl.Loading;

namespace ShopSmart.Tests.Etl;

public sealed class BatchOutcomeTests
{
    private static BatchOutcome Outcome(long read, long loaded, long rejected, decimal source, decimal loadedValue, decimal rejectedValue) =>
        new("f.csv", 1, false, "OnlineRetail", read, loaded, rejected, source, loadedValue, rejectedValue, TimeSpan.Zero);

    [Fact]
    public void A_batch_reconciles_when_rows_and_value_add_up()
    {
        Assert.True(Outcome(10, 8, 2, 100.50m, 90.25m, 10.25m).IsReconciled);
    }

    [Fact]
    public void A_lost_row_breaks_reconciliation()
    {
        var outcome = Outcome(10, 8, 1, 100.50m, 90.25m, 10.25m);

        Assert.False(outcome.RowsReconcile);
        Assert.False(outcome.IsReconciled);
    }

    [Fact]
    public void A_value_that_does_not_add_up_breaks_reconciliation_even_when_rows_do()
    {
        var outcome = Outcome(10, 8, 2, 100.50m, 90.25m, 10.24m);

        Assert.True(outcome.RowsReconcile);
        Assert.False(outcome.ValueReconciles);
        Assert.False(outcome.IsReconciled);
    }
}
