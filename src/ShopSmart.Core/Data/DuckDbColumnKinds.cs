using System.Globalization;
using DuckDB.NET.Data;

namespace ShopSmart.Core.Data;

/// <summary>
/// What the DuckDB appender needs to receive for each column type: it does not convert, so a C# long bound for an
/// INTEGER column, or a DateOnly for a TIMESTAMP, is converted here first.
/// </summary>
internal static class DuckDbColumnKinds
{
    public enum Kind
    {
        Boolean,
        Integer,
        BigInt,
        Double,
        Decimal,
        Text,
        Date,
        Timestamp,
    }

    public static Kind Parse(string dataType)
    {
        var type = dataType.ToUpperInvariant();
        return type switch
        {
            "BOOLEAN" => Kind.Boolean,
            "INTEGER" or "SMALLINT" or "TINYINT" => Kind.Integer,
            "BIGINT" => Kind.BigInt,
            "DOUBLE" or "FLOAT" or "REAL" => Kind.Double,
            "DATE" => Kind.Date,
            "TIMESTAMP" => Kind.Timestamp,
            _ when type.StartsWith("DECIMAL", StringComparison.Ordinal) => Kind.Decimal,
            _ when type.StartsWith("VARCHAR", StringComparison.Ordinal) => Kind.Text,
            _ => throw new NotSupportedException($"The table writer has no conversion for DuckDB type {dataType}."),
        };
    }

    public static void Append(IDuckDBAppenderRow row, Kind kind, object? value)
    {
        if (value is null)
        {
            row.AppendNullValue();
            return;
        }

        // A value already of the column's type goes straight in; only the others pay for a conversion.
        var culture = CultureInfo.InvariantCulture;
        _ = kind switch
        {
            Kind.Boolean => row.AppendValue(value is bool b ? b : Convert.ToBoolean(value, culture)),
            Kind.Integer => row.AppendValue(value is int i ? i : Convert.ToInt32(value, culture)),
            Kind.BigInt => row.AppendValue(value is long l ? l : Convert.ToInt64(value, culture)),
            Kind.Double => row.AppendValue(value is double x ? x : Convert.ToDouble(value, culture)),
            Kind.Decimal => row.AppendValue(value is decimal m ? m : Convert.ToDecimal(value, culture)),
            Kind.Text => row.AppendValue(value as string ?? Convert.ToString(value, culture)),
            Kind.Date => row.AppendValue(value is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(value, culture))),
            Kind.Timestamp => row.AppendValue(value is DateOnly t ? t.ToDateTime(TimeOnly.MinValue) : Convert.ToDateTime(value, culture)),
            _ => throw new NotSupportedException(kind.ToString()),
        };
    }
}
