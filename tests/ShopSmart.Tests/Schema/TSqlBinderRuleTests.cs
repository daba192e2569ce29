using ShopSmart.Tests.Schema.Binding;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

/// <summary>The binder's rules one by one, on one-line statements against the fixture shop (Fixtures/binder).</summary>
public sealed class TSqlBinderRuleTests
{
    private static readonly Lazy<TSqlCatalog> Shop = new(() =>
        TSqlCatalogBuilder.Build(Path.Combine(RepoPaths.Fixtures, "binder", "migrations"), RepoPaths.Fixtures).Catalog);

    [Theory]
    [InlineData("SELECT customer_id FROM shop.customer AS c JOIN shop.order_line AS o ON o.customer_id = c.customer_id",
        "ambiguous column 'customer_id': in c and o")]
    [InlineData("SELECT customer.name FROM shop.customer AS c", "unknown table or alias 'customer' in customer.name")]
    [InlineData("SELECT d.x FROM shop.customer AS c CROSS JOIN (SELECT c.name AS x) AS d", "unknown table or alias 'c' in c.name")]
    [InlineData("WITH t AS (SELECT customer_id AS id FROM shop.customer) SELECT t.customer_id FROM t", "unknown column 'customer_id' in t (columns: id)")]
    [InlineData("SELECT name AS n FROM shop.customer WHERE n = N'x'", "unknown column 'n'")]
    [InlineData("SELECT customer_id FROM shop.customer UNION ALL SELECT order_id, amount FROM shop.order_line", "Union of queries with 1 and 2 columns")]
    [InlineData("INSERT INTO shop.order_line (order_id, amount) VALUES (1, 2)",
        "INSERT into shop.order_line leaves NOT NULL column(s) without a default unset: customer_id")]
    [InlineData("INSERT INTO shop.order_line (order_line_id, order_id, customer_id, amount) VALUES (1, 1, 1, 1)",
        "shop.order_line.order_line_id is an IDENTITY column: the server fills it in")]
    [InlineData("INSERT INTO shop.customer (customer_id, name) SELECT order_id FROM shop.order_line",
        "INSERT into shop.customer names 2 columns but gives 1 values")]
    [InlineData("UPDATE shop.customer SET name = N'x' FROM shop.order_line AS o WHERE o.order_id = 1",
        "target shop.customer is not an item of the FROM clause (the server would add it unjoined)")]
    [InlineData("UPDATE shop.customer SET nme = N'x'", "unknown column 'nme' in shop.customer")]
    [InlineData("SELECT Name FROM shop.customer", "'Name' is declared as 'name': a case-sensitive collation would not find it")]
    [InlineData("SELECT NEXT VALUE FOR shop.seq_orders", "unknown sequence shop.seq_orders")]
    [InlineData("GRANT SELECT ON SCHEMA::shop TO shop_reader", "unknown role shop_reader")]
    [InlineData("CREATE VIEW shop.v AS SELECT COUNT(*) FROM shop.customer", "view shop.v: column 1 has no name (give it an alias)")]
    [InlineData("CREATE INDEX ix ON shop.order_line (closed)", "unknown column 'closed' in shop.order_line")]
    [InlineData("ALTER TABLE shop.customer ADD name NVARCHAR(10) NULL", "shop.customer already has a column name")]
    [InlineData("ALTER TABLE shop.order_line ADD tag NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NULL;\nGO\nSELECT o.tag FROM shop.order_line AS o JOIN shop.customer AS c ON c.name = o.tag",
        "collation conflict in c.name = o.tag: database_default against Latin1_General_100_BIN2 (add COLLATE to one side)")]
    [InlineData("ALTER TABLE shop.order_line ADD tag NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NULL;\nGO\nWITH t AS (SELECT tag AS label FROM shop.order_line) SELECT t.label FROM t JOIN shop.customer AS c ON (t.label) = c.name",
        "collation conflict in (t.label) = c.name: Latin1_General_100_BIN2 against database_default (add COLLATE to one side)")]
    [InlineData("ALTER TABLE shop.order_line ADD tag NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NULL;\nGO\nSELECT o.tag FROM shop.order_line AS o JOIN shop.customer AS c ON UPPER(c.name) = TRIM(o.tag)",
        "collation conflict in UPPER(c.name) = TRIM(o.tag): database_default against Latin1_General_100_BIN2 (add COLLATE to one side)")]
    [InlineData("SELECT LOG10(CAST(amount AS FLOAT)) AS l FROM shop.order_line WHERE amount > 0",
        "LOG10 of an unguarded value in LOG10(CAST(amount AS FLOAT)): the server may evaluate it before a WHERE filters out the values it cannot take; guard it inside (CASE WHEN x > 0 THEN x END)")]
    [InlineData(Function + "SELECT customer_id FROM shop.f(1, 2)", "shop.f takes 1 arguments, not 2")]
    [InlineData(Function + "SELECT customer_id FROM shop.f", "shop.f is a function: it needs its arguments")]
    [InlineData(Function + "SELECT c.nme FROM shop.f(1) AS c", "unknown column 'nme' in c (shop.f)")]
    [InlineData("SELECT customer_id FROM shop.customer(1)", "shop.customer is a table, not a function")]
    [InlineData("CREATE FUNCTION shop.g(@n INT) RETURNS TABLE AS RETURN SELECT nme FROM shop.customer WHERE customer_id > @n", "unknown column 'nme'")]
    [InlineData("CREATE FUNCTION shop.g(@n INT) RETURNS TABLE AS RETURN SELECT customer_id FROM shop.customer WHERE customer_id > @m",
        "@m is not a parameter of shop.g (Must declare the scalar variable)")]
    [InlineData("CREATE FUNCTION shop.customer(@n INT) RETURNS TABLE AS RETURN SELECT customer_id FROM shop.order_line",
        "shop.customer is a table: a function cannot take its name")]
    [InlineData(Function + "DROP VIEW shop.f", "cannot drop shop.f as a view: it is a function")]
    [InlineData(Function + "DELETE FROM shop.f WHERE customer_id = 1", "shop.f is a function: it needs its arguments")]
    [InlineData(Function + "INSERT INTO shop.f (customer_id) VALUES (1)", "shop.f is a function: it needs its arguments")]
    [InlineData(Function + "CREATE FUNCTION shop.f(@n INT) RETURNS TABLE AS RETURN SELECT 1 AS one", "shop.f already exists (CREATE OR ALTER FUNCTION re-runs)")]
    [InlineData("ALTER FUNCTION shop.h(@n INT) RETURNS TABLE AS RETURN SELECT 1 AS one", "cannot alter shop.h: it does not exist")]
    [InlineData(Function + "CREATE OR ALTER VIEW shop.f AS SELECT 1 AS one", "shop.f is a function: a view cannot take its name")]
    [InlineData("DECLARE @m INT = 1;\nGO\nCREATE FUNCTION shop.g(@n INT) RETURNS TABLE AS RETURN SELECT customer_id FROM shop.customer WHERE customer_id > @m",
        "@m is not a parameter of shop.g (Must declare the scalar variable)")]
    public void A_name_that_does_not_bind_is_reported(string sql, string expected)
    {
        Assert.Equal([expected], Bind(sql).Errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData("SELECT v.n FROM shop.customer AS c CROSS APPLY (VALUES (c.name)) AS v (n)")]
    [InlineData("SELECT name AS n FROM shop.customer ORDER BY n")]
    [InlineData("SELECT c.name FROM shop.customer AS c WHERE EXISTS (SELECT 1 FROM shop.order_line AS o WHERE o.customer_id = c.customer_id)")]
    [InlineData("UPDATE c SET name = N'x' FROM shop.customer AS c JOIN shop.order_line AS o ON o.customer_id = c.customer_id")]
    [InlineData("DELETE o FROM shop.order_line AS o WHERE NOT EXISTS (SELECT 1 FROM shop.customer AS c WHERE c.customer_id = o.customer_id)")]
    [InlineData("WITH n AS (SELECT 1 AS i UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT i FROM n")]
    [InlineData("INSERT INTO shop.customer (customer_id, name) OUTPUT inserted.customer_id VALUES (1, N'a')")]
    [InlineData("ALTER TABLE shop.customer ADD email NVARCHAR(100) NULL;\nGO\nSELECT email FROM shop.customer")]
    [InlineData("ALTER TABLE shop.order_line ADD tag NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NULL;\nGO\nSELECT o.tag FROM shop.order_line AS o JOIN shop.customer AS c ON c.name = o.tag COLLATE Latin1_General_100_BIN2")]
    [InlineData("ALTER TABLE shop.order_line ADD tag NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NULL;\nGO\nSELECT o.tag FROM shop.order_line AS o WHERE TRIM(o.tag) = N'x' AND o.customer_id = 1")]
    [InlineData("SELECT LOG10(CAST(CASE WHEN amount > 0 THEN amount END AS FLOAT)) AS l, LOG(ABS(NULLIF(amount, 0))) AS r FROM shop.order_line")]
    [InlineData("SELECT DATEADD(DAY, 1, closed_at) AS next_day, DATEDIFF(DAY, closed_at, SYSUTCDATETIME()) AS age FROM shop.order_line")]
    [InlineData(Function + "SELECT c.customer_id, c.name FROM shop.f(1) AS c JOIN shop.order_line AS o ON o.customer_id = c.customer_id")]
    [InlineData(Function + "SELECT a.id, a.label FROM shop.f(1) AS a (id, label)")]
    [InlineData(Function + "UPDATE c SET name = N'x' FROM shop.f(1) AS c")]
    public void A_statement_whose_names_all_exist_binds(string sql)
    {
        Assert.Empty(Bind(sql).Errors);
    }

    [Fact]
    public void Declared_variables_are_not_parameters()
    {
        var binder = Bind("DECLARE @n INT = 1; SELECT name FROM shop.customer WHERE customer_id = @id + @n");

        Assert.Equal(["id"], binder.Parameters.Keys);
    }

    [Fact]
    public void A_function_s_own_parameters_are_not_the_statement_s()
    {
        var binder = Bind("SELECT name FROM shop.customer WHERE customer_id = @m;\nGO\n" + Function + "SELECT customer_id FROM shop.f(@first) AS c");

        Assert.Empty(binder.Errors);
        Assert.Equal(["first", "m"], binder.Parameters.Keys);
    }

    [Theory]
    [InlineData("SELECT customer_id / 2 AS half FROM shop.customer", 1)]
    [InlineData("SELECT AVG(customer_id) AS mean FROM shop.customer", 1)]
    [InlineData("SELECT CAST(customer_id AS FLOAT) / 2 AS half, AVG(amount) AS mean FROM shop.order_line", 0)]
    public void Integer_division_and_integer_averages_are_found(string sql, int expected)
    {
        Assert.Equal(expected, Bind(sql).IntegerDivisions.Count);
    }

    // An inline table-valued function of the fixture shop, for the statements after it.
    private const string Function = "CREATE FUNCTION shop.f(@n INT) RETURNS TABLE AS RETURN SELECT customer_id, name FROM shop.customer WHERE customer_id > @n;\nGO\n";

    private static TSqlBinder Bind(string sql)
    {
        var binder = new TSqlBinder(Shop.Value.Clone(), "t.sql");
        binder.BindText(sql);
        return binder;
    }
}
