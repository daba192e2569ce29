using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

/// <summary>
/// Opens an HTML file in headless Chromium (Debian's <c>chromium</c>, installed by .ci/run) and reports what a reader
/// would hit: script errors, images that did not decode, sections with nothing in them.
/// </summary>
public static partial class Chromium
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];

    // Injected into a copy of the page only: the report itself carries no script.
    private const string ErrorProbe =
        "<script>window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(e.message||('failed to load '+(e.target&&(e.target.alt||e.target.tagName))));},true);</script>";

    private const string CheckProbe = """
        <script>window.addEventListener('load',function(){
          var r={errors:window.__errors,images:0,broken:[],sections:0,empty:[]};
          document.querySelectorAll('img').forEach(function(i){r.images++;if(!i.complete||i.naturalWidth===0){r.broken.push(i.alt||i.src.slice(0,40));}});
          document.querySelectorAll('section').forEach(function(s){r.sections++;var h=s.querySelector('h2');
            var text=s.textContent.replace(h?h.textContent:'','').trim();if(text.length===0&&!s.querySelector('img,table')){r.empty.push(s.id);}});
          var pre=document.createElement('pre');pre.id='page-check';pre.textContent=JSON.stringify(r);document.body.appendChild(pre);});</script>
        """;

    public static string? Path { get; } = Find();

    public sealed record PageCheck(string[] Errors, int Images, string[] Broken, int Sections, string[] Empty);

    /// <summary>Skips the test, with the reason, where no Chromium is installed.</summary>
    public static string Require()
    {
        Skip.If(Path is null, "needs Chromium (apt-get install --no-install-recommends chromium; .ci/run installs it)");
        return Path!;
    }

    public static PageCheck Check(string htmlPath)
    {
        var browser = Require();
        using var folder = new TempDirectory();
        var html = File.ReadAllText(htmlPath);
        var head = html.IndexOf("<head>", StringComparison.Ordinal);
        var probed = head < 0
            ? ErrorProbe + html + CheckProbe
            : html[..(head + 6)] + ErrorProbe + html[(head + 6)..].Replace("</body>", CheckProbe + "</body>", StringComparison.Ordinal);
        var page = folder.File("page.html");
        File.WriteAllText(page, probed);

        var dom = Run(browser, folder.File("profile"), "--virtual-time-budget=15000", "--dump-dom", new Uri(page).AbsoluteUri);
        var match = CheckPattern().Match(dom);
        Assert.True(match.Success, $"the page check did not run; Chromium printed: {Truncate(dom)}");
        return JsonSerializer.Deserialize<PageCheck>(WebUtility.HtmlDecode(match.Groups[1].Value), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Runs Chromium headless with a fresh profile and no network chatter; returns its standard output.</summary>
    public static string Run(string browser, string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 2 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {Truncate(stderr.Result)}");
        return stdout;
    }

    private static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator);
        return Candidates.SelectMany(name => folders.Select(folder => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000] + "…";

    [GeneratedRegex("<pre id=\"page-check\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex CheckPattern();
}
