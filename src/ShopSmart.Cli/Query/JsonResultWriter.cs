using System.Buffers;
using System.Data.Common;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace ShopSmart.Cli.Query;

/// <summary>
/// Streams a result as a JSON array of objects keyed by column name, one row per line. Numbers stay numbers
/// (decimals exactly), dates are ISO strings, NULL and non-finite doubles are null.
/// </summary>
public static class JsonResultWriter
{
    /// <summary>Writes up to <paramref name="limit"/> rows (all when null); returns how many were written.</summary>
    public static long Write(DbDataReader reader, TextWriter output, long? limit = null)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer);
        var values = new object[reader.FieldCount];
        long rows = 0;
        output.Write("[");
        while ((limit is null || rows < limit) && reader.Read())
        {
            reader.GetValues(values);
            json.Reset();
            buffer.ResetWrittenCount();
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                json.WritePropertyName(names[i]);
                WriteValue(json, values[i]);
            }

            json.WriteEndObject();
            json.Flush();
            output.Write(rows == 0 ? "\n" : ",\n");
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            rows++;
        }

        output.Write(rows == 0 ? "]\n" : "\n]\n");
        return rows;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                json.WriteNumberValue(f);
                break;
            case double or float:
                json.WriteNullValue();
                break;
            case long or int or short or sbyte or byte or ushort or uint or ulong or BigInteger:
                json.WriteRawValue(ResultValues.Text(value));
                break;
            case DateTime d:
                json.WriteStringValue(d.TimeOfDay == TimeSpan.Zero ? ResultValues.Text(d) : d.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(ResultValues.Text(value));
                break;
        }
    }
}
