using System.Diagnostics;

namespace ShopSmart.Tests.Reporting;

/// <summary>LibreOffice headless (Debian's libreoffice-writer-nogui, installed by .ci/run), to prove a .docx opens.</summary>
public static class LibreOffice
{
    public static string? Path { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);

    public static string Require()
    {
        Skip.If(Path is null, "needs LibreOffice Writer (apt-get install --no-install-recommends libreoffice-writer-nogui; .ci/run installs it)");
        return Path!;
    }

    /// <summary>Converts with a fresh user profile, so parallel runs and other users' instances do not collide.</summary>
    public static string ConvertToPdf(string soffice, string document, string outputFolder)
    {
        var profile = new Uri(System.IO.Path.Combine(outputFolder, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder, document])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not finish within 3 minutes.");
        }

        var pdf = System.IO.Path.Combine(outputFolder, System.IO.Path.GetFileNameWithoutExtension(document) + ".pdf");
        Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"LibreOffice exit {process.ExitCode}: {stdout} {stderr.Result}");
        return pdf;
    }
}
