using System.Data.Common;

namespace ShopSmart.Cli.Query;

/// <summary>Streams a result as RFC 4180 CSV: a header row, fields quoted when they hold a comma, quote or line break.</summary>
public static class CsvResultWriter
{
    /// <summary>Writes up to <paramref name="limit"/> rows (all when null); returns how many were written.</summary>
    public static long Write(DbDataReader reader, TextWriter output, long? limit = null)
    {
        output.Write(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Field(reader.GetName(i)))) + "\n");
        long rows = 0;
        var values = new object[reader.FieldCount];
        while ((limit is null || rows < limit) && reader.Read())
        {
            reader.GetValues(values);
            output.Write(string.Join(',', values.Select(v => Field(ResultValues.Text(v)))) + "\n");
            rows++;
        }

        return rows;
    }

    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
