using System.Globalization;
using ShopSmart.Core.Configuration;

namespace ShopSmart.ExcelExport.Commands;

/// <summary>
/// What the export writes and where; bound from the <c>Export</c> configuration section, then the command line.
/// </summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>The folder of the workbook when <see cref="OutputPath"/> is not set.</summary>
    public string OutputFolder { get; set; } = "out";

    /// <summary>The workbook's file name; <c>{date}</c> becomes the run date as yyyy-MM-dd.</summary>
    public string FileName { get; set; } = "ShopSmart_Marketing_{date}.xlsx";

    /// <summary>An exact path for the workbook (a file, or an existing folder), overriding folder and file name.</summary>
    public string? OutputPath { get; set; }

    /// <summary>The date the workbook is written for (file name, Overview); today when not set.</summary>
    public DateOnly? RunDate { get; set; }

    /// <summary>Countries listed by name on the Countries sheet; the rest are summed as "Other".</summary>
    public int TopCountries { get; set; } = 10;

    /// <summary>Products listed and charted on the Products sheet.</summary>
    public int TopProducts { get; set; } = 20;

    /// <summary>Association rules listed on the Cross-sell rules sheet, highest lift first.</summary>
    public int TopRules { get; set; } = 50;

    /// <summary>Smallest P(buy) for the promotion list.</summary>
    public double PromotionMinProbability { get; set; } = 0.5;


    public DateOnly EffectiveRunDate => RunDate ?? DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The full path of the workbook for this run.</summary>
    public string ResolvePath()
    {
        var name = FileName.Replace("{date}", EffectiveRunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(OutputPath))
        {
            return Path.GetFullPath(Path.Combine(OutputFolder, name));
        }

        // A path without an extension names a folder (created if need be), as --output's help says a folder is taken.
        return Directory.Exists(OutputPath) || OutputPath.EndsWith(Path.DirectorySeparatorChar) || OutputPath.EndsWith(Path.AltDirectorySeparatorChar)
            || string.IsNullOrEmpty(Path.GetExtension(OutputPath))
            ? Path.GetFullPath(Path.Combine(OutputPath, name))
            : Path.GetFullPath(OutputPath);
    }

    /// <summary>Refuses settings the export cannot honour, naming the setting and its value.</summary>
    public void Validate()
    {
        Require(TopCountries >= 1, nameof(TopCountries), TopCountries);
        Require(TopProducts >= 1, nameof(TopProducts), TopProducts);
        Require(TopRules >= 1, nameof(TopRules), TopRules);
        Require(PromotionMinProbability is >= 0 and <= 1, nameof(PromotionMinProbability), PromotionMinProbability);
        Require(!string.IsNullOrWhiteSpace(FileName) && FileName.IndexOfAny(Path.GetInvalidFileNameChars()) < 0, nameof(FileName), FileName);
        var path = ResolvePath();
        Require(path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase), nameof(OutputPath), path);
    }

    private static void Require(bool ok, string setting, object value)
    {
        if (!ok)
        {
            throw new ConfigurationException(
                $"{SectionName}:{setting} = '{Convert.ToString(value, CultureInfo.InvariantCulture)}' is not valid" +
                (setting is nameof(OutputPath) or nameof(FileName) ? " (the workbook must be an .xlsx file)." : "."));
        }
    }
}
