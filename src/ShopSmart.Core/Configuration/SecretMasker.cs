using System.Text.RegularExpressions;

namespace ShopSmart.Core.Configuration;

/// <summary>Removes passwords from text that may reach a log, an error message or etl.job_run.</summary>
public static partial class SecretMasker
{
    [GeneratedRegex(@"(?i)\b(password|pwd|accesstoken|access token)\s*=\s*(""[^""]*""|'[^']*'|[^;""']*)")]
    private static partial Regex SecretPair();

    public static string Mask(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : SecretPair().Replace(text, m => $"{m.Groups[1].Value}=***");
}
