using System.Globalization;
using Spectre.Console;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// Reads option values typed as text, so that a wrong one is refused naming the option as the user typed it and
/// the values it accepts (the command-line parser would say "Failed to convert 'Drop' to Nullable`1").
/// </summary>
public static class OptionValues
{
    /// <summary>The enum member named by the text, case-insensitively; numbers are not names. Null for no text.</summary>
    public static T? Enum<T>(string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = System.Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null ? null : System.Enum.Parse<T>(name);
    }

    /// <summary>The number in the text (invariant culture). Null for no text.</summary>
    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public static string? EnumError<T>(string option, string? text)
        where T : struct, Enum =>
        text is null || Enum<T>(text) is not null
            ? null
            : $"{option} does not accept '{text}': expected {string.Join(" or ", System.Enum.GetNames<T>())}.";

    public static string? NumberError(string option, string? text) =>
        text is null || Number(text) is not null ? null : $"{option} does not accept '{text}': expected a number such as 3.5.";

    /// <summary>The first error as a validation failure, or success.</summary>
    public static ValidationResult Check(params string?[] errors) =>
        errors.FirstOrDefault(e => e is not null) is { } error ? ValidationResult.Error(error) : ValidationResult.Success();
}
