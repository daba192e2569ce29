using ShopSmart.Tests.Schema.Binding;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

/// <summary>
/// The binder fails on deliberately broken T-SQL (Fixtures/binder: a tiny shop schema, its statements and the C# that
/// runs them), naming the script, the line and the unknown name — and passes the fixture's statements that are right.
/// </summary>
public sealed class BrokenFixtureBindingTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Fixtures, "binder");
    private static readonly string Project = Path.Combine(Root, "src", "ShopSmart.Shop");

    private static readonly Lazy<(TSqlCatalog Catalog, IReadOnlyList<BindError> Errors, IReadOnlyList<BindError> IntegerDivisions)> Shop =
        new(() => TSqlCatalogBuilder.Build(Path.Combine(Root, "migrations"), Root));

    [Fact]
    public void A_view_naming_an_unknown_column_fails_with_its_script_line_and_name()
    {
        var errors = Shop.Value.Errors.Select(e => e.ToString());

        Assert.Equal(["migrations/views/0110_v_order_total.sql(4): unknown column 'amout' in o (shop.order_line)"], errors);
    }

    [Fact]
    public void A_misspelt_table_fails_with_its_script_line_and_name()
    {
        var binder = Bind("order_find");

        Assert.Equal(["src/ShopSmart.Shop/Sql/sqlserver/order_find.sql(3): unknown table or view shop.order_lines"], binder.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_parameter_the_CSharp_does_not_pass_fails_naming_it_and_the_call()
    {
        var binder = Bind("order_close");

        var problems = ParameterCheck.Problems("order_close.sql", binder.Parameters, Calls("order_close"));

        Assert.Empty(binder.Errors);
        Assert.Equal(["order_close.sql(3): @closed_at is not passed by src/ShopSmart.Shop/OrderStore.cs.txt(9) (it passes order_id)"], problems);
    }

    [Fact]
    public void An_INSERT_giving_fewer_values_than_columns_fails()
    {
        var binder = Bind("order_insert");

        Assert.Equal(
            ["src/ShopSmart.Shop/Sql/sqlserver/order_insert.sql(2): INSERT into shop.order_line names 3 columns but gives 2 values"],
            binder.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Parameters_the_scanner_cannot_see_fail_rather_than_pass_unchecked()
    {
        var binder = Bind("order_report");

        var problems = ParameterCheck.Problems("order_report.sql", binder.Parameters, Calls("order_report"));

        Assert.Equal(
            "order_report.sql: src/ShopSmart.Shop/OrderStore.cs.txt(35): cannot see the parameters passed: 'filter.ToParameters()' is not an anonymous object (new { … })",
            Assert.Single(problems));
    }

    [Fact]
    public void A_bulk_copy_sending_an_unknown_column_fails_naming_it()
    {
        var calls = BulkCopyScanner.Scan(Project, Root);

        var problems = calls.SelectMany(c => BulkCopyCheck.Problems(c, Shop.Value.Catalog));

        Assert.Equal(2, calls.Count);
        Assert.Equal(
            [
                "src/ShopSmart.Shop/OrderStore.cs.txt(48): bulk copy into shop.order_line: unknown column 'amout'",
                "src/ShopSmart.Shop/OrderStore.cs.txt(48): bulk copy into shop.order_line leaves NOT NULL column(s) without a default unset: amount",
            ],
            problems);
    }

    [Theory]
    [InlineData("order_total", "customer_id")]
    [InlineData("order_next_id", "")]
    [InlineData("order_purge", "order_id,reason")]
    public void Right_statements_bind_and_get_their_parameters_from_inline_objects_variables_and_loops(string statement, string passed)
    {
        var binder = Bind(statement);
        var calls = Calls(statement);

        Assert.Empty(binder.Errors);
        Assert.Equal(passed, string.Join(",", Assert.Single(calls).Parameters));
        Assert.Empty(ParameterCheck.Problems(statement, binder.Parameters, calls));
    }

    [Fact]
    public void A_statement_no_CSharp_runs_is_reported()
    {
        var problems = ParameterCheck.Problems("order_orphan.sql", new Dictionary<string, int>(), []);

        Assert.Single(problems);
        Assert.StartsWith("order_orphan.sql: no C# call site runs it", problems[0], StringComparison.Ordinal);
    }

    private static TSqlBinder Bind(string statement)
    {
        var script = $"src/ShopSmart.Shop/Sql/sqlserver/{statement}.sql";
        var binder = new TSqlBinder(Shop.Value.Catalog.Clone(), script);
        binder.BindText(File.ReadAllText(Path.Combine(Root, script)));
        return binder;
    }

    private static List<StatementCall> Calls(string statement)
    {
        var names = Directory.EnumerateFiles(Path.Combine(Project, "Sql", "sqlserver"), "*.sql").Select(p => Path.GetFileNameWithoutExtension(p)).ToHashSet();
        return StatementCallScanner.Scan(Project, names, Root).Where(c => c.Statement == statement).ToList();
    }
}
