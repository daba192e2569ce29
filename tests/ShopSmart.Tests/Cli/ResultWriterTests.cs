using System.Data;
using System.Numerics;
using System.Text.Json;
using ShopSmart.Cli.Query;

namespace ShopSmart.Tests.Cli;

/// <summary>The query command's CSV and JSON, on tiny results whose text is known by hand.</summary>
public sealed class ResultWriterTests
{
    private static DataTableReader Result(params (string Name, Type Type, object?[] Values)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type, _) in columns)
        {
            table.Columns.Add(name, type);
        }

        for (var row = 0; row < columns[0].Values.Length; row++)
        {
            table.Rows.Add(columns.Select(c => c.Values[row] ?? DBNull.Value).ToArray());
        }

        return table.CreateDataReader();
    }

    [Fact]
    public void Csv_quotes_only_fields_that_need_it_and_writes_invariant_values()
    {
        using var reader = Result(
            ("text", typeof(string), ["plain", "a,b", "say \"hi\"", " padded", null]),
            ("amount", typeof(decimal), [1.5m, -0.25m, 1234567.8900m, 0m, null]),
            ("at", typeof(DateTime), [new DateTime(2011, 12, 9), new DateTime(2011, 12, 9, 8, 39, 5), null, null, null]));
        var output = new StringWriter();

        var rows = CsvResultWriter.Write(reader, output);

        Assert.Equal(5, rows);
        Assert.Equal(
            "text,amount,at\n" +
            "plain,1.5,2011-12-09\n" +
            "\"a,b\",-0.25,2011-12-09 08:39:05\n" +
            "\"say \"\"hi\"\"\",1234567.8900,\n" +
            "\" padded\",0,\n" +
            ",,\n",
            output.ToString());
    }

    [Fact]
    public void Csv_stops_at_the_limit()
    {
        using var reader = Result(("n", typeof(int), [1, 2, 3]));
        var output = new StringWriter();

        Assert.Equal(2, CsvResultWriter.Write(reader, output, limit: 2));
        Assert.Equal("n\n1\n2\n", output.ToString());
    }

    [Fact]
    public void Json_keeps_types_exact_and_writes_null_for_what_json_cannot_hold()
    {
        using var reader = Result(
            ("month", typeof(string), ["2011-01", null]),
            ("revenue", typeof(decimal), [33833.78m, 0.1m]),
            ("rate", typeof(double), [0.25, double.NaN]),
            ("count", typeof(BigInteger), [BigInteger.Parse("12345678901234567890", System.Globalization.CultureInfo.InvariantCulture), BigInteger.Zero]),
            ("flag", typeof(bool), [true, false]));
        var output = new StringWriter();

        JsonResultWriter.Write(reader, output);

        Assert.Equal(
            "[\n" +
            "{\"month\":\"2011-01\",\"revenue\":33833.78,\"rate\":0.25,\"count\":12345678901234567890,\"flag\":true},\n" +
            "{\"month\":null,\"revenue\":0.1,\"rate\":null,\"count\":0,\"flag\":false}\n" +
            "]\n",
            output.ToString());
        using var parsed = JsonDocument.Parse(output.ToString());
        Assert.Equal(2, parsed.RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_of_no_rows_is_an_empty_array()
    {
        using var reader = Result(("n", typeof(int), []));
        var output = new StringWriter();

        JsonResultWriter.Write(reader, output);

        Assert.Equal("[]\n", output.ToString());
    }
}
