using System.Globalization;

namespace ShopSmart.Cli.Query;

/// <summary>One way to write a database value as text, whatever the engine or the machine's culture.</summary>
public static class ResultValues
{
    /// <summary>Invariant text of a value: ISO dates (no time at midnight), round-trip numbers, empty for NULL.</summary>
    public static string Text(object? value) => value switch
    {
        null or DBNull => string.Empty,
        bool b => b ? "true" : "false",
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Numbers are right-aligned in a table.</summary>
    public static bool IsNumeric(Type type) =>
        Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) is >= TypeCode.SByte and <= TypeCode.Decimal
        || type == typeof(System.Numerics.BigInteger);
}
