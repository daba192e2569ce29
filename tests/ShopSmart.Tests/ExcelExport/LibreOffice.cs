using System.Diagnostics;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// LibreOffice (headless) and poppler's pdftotext, found on the machine. <c>.ci/run</c> installs both
/// (libreoffice-calc-nogui, poppler-utils) when soffice is absent; plain <c>dotnet test</c> on a machine without them
/// skips the tests that need them, with this reason.
/// </summary>
public static class LibreOffice
{
    private static readonly string[] SofficeCandidates =
        ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/usr/local/bin/soffice"];

    public static string? Soffice { get; } = OnPath("soffice") ?? SofficeCandidates.FirstOrDefault(File.Exists);

    public static string? PdfToText { get; } = OnPath("pdftotext");

    /// <summary>Skips the calling test unless both tools are here, saying which is missing and how CI gets it.</summary>
    public static void Require()
    {
        Skip.If(
            Soffice is null,
            "LibreOffice (soffice) not found: .ci/run installs Debian's libreoffice-calc-nogui when it is absent; plain dotnet test without it skips this test");
        Skip.If(
            PdfToText is null,
            "pdftotext not found: .ci/run installs poppler-utils with LibreOffice; plain dotnet test without it skips this test");
    }

    /// <summary>Converts a workbook to PDF in <paramref name="folder"/>, with a private LibreOffice profile (no clash with other runs).</summary>
    public static string ConvertToPdf(string workbook, string folder)
    {
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        Run(Soffice!, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, workbook], TimeSpan.FromMinutes(3));
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException($"soffice wrote no {pdf}");
    }

    /// <summary>The text of each page of a PDF, in order (pdftotext separates pages with a form feed).</summary>
    public static IReadOnlyList<string> PageTexts(string pdf)
    {
        var text = Run(PdfToText!, ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1]))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    private static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} took longer than {timeout}");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {error.Result}");
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
