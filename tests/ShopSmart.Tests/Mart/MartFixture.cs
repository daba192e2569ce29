using System.Data.Common;
using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Mart;

/// <summary>
/// A migrated DuckDB warehouse holding a small hand-made data set whose mart figures are worked out by hand in
/// the tests. Shared read-only by the tests of a class.
/// </summary>
/// <remarks>
/// The lines (sales_line_key: invoice, time, customer, product, quantity x price = revenue, what it is):
/// <code>
///  1: 536001  2010-12-01 10:15 Wed  c1 P1  10 x  2.50 =  25.00  clean (UK)
///  2: 536001  2010-12-01 10:15 Wed  c1 P2   2 x 12.75 =  25.50  clean
///  3: 536001  2010-12-01 10:15 Wed  c1 P1  10 x  2.50 =  25.00  duplicate of line 1
///  4: 536002  2010-12-02 14:30 Thu  c2 P1   6 x  2.50 =  15.00  clean
///  5: 536003  2010-12-02 14:45 Thu  guest P2 1 x 12.75 = 12.75  clean, no customer, no description
///  6: 536101  2011-01-10 09:05 Mon  c1 P1  20 x  2.50 =  50.00  clean
///  7: 536101  2011-01-10 09:05 Mon  c1 P3   4 x  4.25 =  17.00  clean
///  8: C536150 2011-01-12 11:00 Wed  c1 P1  -4 x  2.50 = -10.00  cancellation of line 6
///  9: 536102  2011-01-20 16:20 Thu  c3 P2   8 x 12.75 = 102.00  clean (France)
/// 10: 536102  2011-01-20 16:20 Thu  c3 POST 1 x 18.00 =  18.00  non-product (France)
/// 11: 536201  2011-02-14 10:40 Mon  c1 P2   1 x 12.75 =  12.75  clean (batch 2)
/// 12: 536201  2011-02-14 10:40 Mon  c1 P1 100 x  2.50 = 250.00  clean, the quantity outlier (batch 2)
/// </code>
/// Customers: c1 = 12345 and c2 = 12346 (United Kingdom), c3 = 12347 (France).
/// Products: P1 = 85123A, P2 = 22423, P3 = 21730, POST = postage (non-product).
/// </remarks>
public sealed class MartFixture : IDisposable
{
    private const string Script = """
        INSERT INTO dw.dim_country (country_key, country_name) VALUES (1, 'United Kingdom'), (2, 'France');

        INSERT INTO dw.dim_customer
            (customer_key, customer_id, country_key, countries_count, first_invoice_at, last_invoice_at, is_unknown)
        VALUES
            (1, '12345', 1, 1, TIMESTAMP '2010-12-01 10:15:00', TIMESTAMP '2011-02-14 10:40:00', false),
            (2, '12346', 1, 1, TIMESTAMP '2010-12-02 14:30:00', TIMESTAMP '2010-12-02 14:30:00', false),
            (3, '12347', 2, 1, TIMESTAMP '2011-01-20 16:20:00', TIMESTAMP '2011-01-20 16:20:00', false);

        INSERT INTO dw.dim_product
            (product_key, stock_code, description, description_variants, product_class, is_non_product)
        VALUES
            (1, '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', 1, 'product', false),
            (2, '22423', 'REGENCY CAKESTAND 3 TIER', 1, 'product', false),
            (3, '21730', 'GLASS STAR FROSTED T-LIGHT HOLDER', 1, 'product', false),
            (9, 'POST', 'POSTAGE', 1, 'postage', true);

        INSERT INTO dw.dim_date
        SELECT
            CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), year(d), quarter(d), month(d),
            monthname(d), strftime(d, '%Y-%m'), isoyear(d), weekofyear(d), day(d), isodow(d), dayname(d),
            isodow(d) >= 6, false
        FROM range(TIMESTAMP '2010-12-01', TIMESTAMP '2011-03-01', INTERVAL 1 DAY) AS t(d);

        INSERT INTO etl.batch
            (batch_id, source_file, content_hash, file_size_bytes, file_format, duplicate_policy, status,
             rows_read, rows_loaded, rows_rejected, source_value, loaded_value, rejected_value, is_reconciled, started_at)
        VALUES
            (1, 'Online Retail part 1.csv', 'aa', 1000, 'csv', 'flag', 'loaded', 12, 10, 2, 305.00, 300.00, 5.00, true, TIMESTAMP '2024-01-01 08:00:00'),
            (2, 'Online Retail part 2.csv', 'bb', 500, 'csv', 'flag', 'loaded', 3, 2, 1, 267.25, 262.75, 4.50, false, TIMESTAMP '2024-01-01 08:05:00'),
            (3, 'Online Retail broken.csv', 'cc', 10, 'csv', 'flag', 'failed', 0, 0, 0, 0, 0, 0, false, TIMESTAMP '2024-01-01 08:10:00');

        INSERT INTO etl.batch_rule_count (batch_id, rule_code, rows_matched)
        VALUES
            (1, 'cancellation', 1), (1, 'duplicate', 1), (1, 'missing_customer', 1), (1, 'non_product', 1),
            (2, 'quantity_outlier', 1),
            (3, 'cancellation', 5);

        INSERT INTO etl.rejected_row (batch_id, source_file, source_row_number, reason_code, line_value)
        VALUES
            (1, 'Online Retail part 1.csv', 4, 'bad_date', 5.00),
            (1, 'Online Retail part 1.csv', 9, 'bad_quantity', NULL),
            (2, 'Online Retail part 2.csv', 2, 'bad_date', 4.50);

        CREATE TEMP TABLE fixture_line AS
        SELECT * FROM (VALUES
            (1, 1, '536001', TIMESTAMP '2010-12-01 10:15:00', 1, 1, 1, 10, 2.50, false, NULL),
            (2, 1, '536001', TIMESTAMP '2010-12-01 10:15:00', 1, 2, 1, 2, 12.75, false, NULL),
            (3, 1, '536001', TIMESTAMP '2010-12-01 10:15:00', 1, 1, 1, 10, 2.50, true, NULL),
            (4, 1, '536002', TIMESTAMP '2010-12-02 14:30:00', 2, 1, 1, 6, 2.50, false, NULL),
            (5, 1, '536003', TIMESTAMP '2010-12-02 14:45:00', 0, 2, 1, 1, 12.75, false, NULL),
            (6, 1, '536101', TIMESTAMP '2011-01-10 09:05:00', 1, 1, 1, 20, 2.50, false, NULL),
            (7, 1, '536101', TIMESTAMP '2011-01-10 09:05:00', 1, 3, 1, 4, 4.25, false, NULL),
            (8, 1, 'C536150', TIMESTAMP '2011-01-12 11:00:00', 1, 1, 1, -4, 2.50, false, 6),
            (9, 1, '536102', TIMESTAMP '2011-01-20 16:20:00', 3, 2, 2, 8, 12.75, false, NULL),
            (10, 1, '536102', TIMESTAMP '2011-01-20 16:20:00', 3, 9, 2, 1, 18.00, false, NULL),
            (11, 2, '536201', TIMESTAMP '2011-02-14 10:40:00', 1, 2, 1, 1, 12.75, false, NULL),
            (12, 2, '536201', TIMESTAMP '2011-02-14 10:40:00', 1, 1, 1, 100, 2.50, false, NULL)
        ) AS v(sales_line_key, batch_id, invoice_no, invoice_at, customer_key, product_key, country_key,
               quantity, unit_price, is_duplicate, cancelled_sales_line_key);

        INSERT INTO dw.fact_sales
            (sales_line_key, batch_id, source_row_number, invoice_no, invoice_at, date_key, customer_key, product_key,
             country_key, stock_code_raw, description_raw, quantity, unit_price, line_revenue, is_cancellation,
             is_bad_debt_adjustment, is_stock_adjustment, is_non_product, is_missing_customer, is_missing_description,
             is_zero_price, is_negative_price, is_duplicate, is_quantity_outlier, is_price_outlier, is_clean_sale,
             cancelled_sales_line_key)
        SELECT
            l.sales_line_key, l.batch_id, l.sales_line_key + 1, l.invoice_no, l.invoice_at,
            CAST(strftime(l.invoice_at, '%Y%m%d') AS INTEGER), l.customer_key, l.product_key, l.country_key,
            p.stock_code, CASE WHEN l.sales_line_key = 5 THEN NULL ELSE p.description END,
            l.quantity, l.unit_price, l.quantity * l.unit_price, l.invoice_no LIKE 'C%',
            false, false, p.is_non_product, l.customer_key = 0, l.sales_line_key = 5,
            l.unit_price = 0, l.unit_price < 0, l.is_duplicate, false, false,
            NOT (l.invoice_no LIKE 'C%') AND NOT p.is_non_product AND NOT l.is_duplicate
                AND l.quantity > 0 AND l.unit_price > 0,
            l.cancelled_sales_line_key
        FROM fixture_line AS l
        JOIN dw.dim_product AS p ON p.product_key = l.product_key;

        DROP TABLE fixture_line;
        """;

    private readonly DuckDbWarehouse _warehouse = new();

    public MartFixture()
        : this(variation: null)
    {
    }

    private MartFixture(string? variation)
    {
        using var connection = _warehouse.Open();
        connection.Execute(Script);
        if (variation is not null)
        {
            connection.Execute(variation);
        }
    }

    /// <summary>
    /// A warehouse of its own with the same lines, then <paramref name="variation"/> applied: for a test that needs the
    /// data set changed a little without touching the one the other tests share. The caller disposes it.
    /// </summary>
    public static MartFixture WithVariation(string variation) => new(variation);

    /// <summary>Rows of a query as column-name dictionaries (column names are case-insensitive).</summary>
    public IReadOnlyList<ViewRow> Query(string sql)
    {
        using var connection = _warehouse.Open();
        return connection.Query(sql)
            .Select(r => new ViewRow((IDictionary<string, object?>)r))
            .ToList();
    }

    public DbConnection Open() => _warehouse.Open();

    public void Dispose() => _warehouse.Dispose();
}
