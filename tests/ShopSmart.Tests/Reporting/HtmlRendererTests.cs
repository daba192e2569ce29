using ShopSmart.Core.Files;
using ShopSmart.Reporting.Renderers;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

public sealed class HtmlRendererTests
{
    [Fact]
    public void Html_is_one_self_contained_file_with_no_script_and_no_external_resource()
    {
        // Given the sample document
        // When it is rendered as HTML
        var html = HtmlRenderer.Render(SampleDocument.Create());

        // Then images are inline data: URIs, nothing is fetched, and data text is escaped, not markup
        Assert.Equal(2, CountOf(html, "<img src=\"data:image/png;base64,"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold?</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold?&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("Figure 2: The same chart again", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Html_opens_in_headless_chromium_with_every_image_decoded_no_script_error_and_no_empty_section()
    {
        // Given the sample document written as an HTML file
        using var folder = new TempDirectory();
        var path = folder.File("report.html");
        AtomicFile.Write(path, stream => new HtmlRenderer().Write(SampleDocument.Create(), stream));

        // When a real browser loads it
        var check = Chromium.Check(path);

        // Then both images decode, nothing failed, and both sections have content
        Assert.Empty(check.Errors);
        Assert.Equal(2, check.Images);
        Assert.Empty(check.Broken);
        Assert.Equal(2, check.Sections);
        Assert.Empty(check.Empty);
    }

    [SkippableFact]
    public void The_browser_check_catches_a_broken_image_a_script_error_and_an_empty_section()
    {
        // Given a page with each fault the check exists for
        using var folder = new TempDirectory();
        var path = folder.File("broken.html");
        File.WriteAllText(path, """
            <!DOCTYPE html><html><head><title>t</title></head><body>
            <section id="full"><h2>Full</h2><img alt="bad" src="data:image/png;base64,AAAA"></section>
            <section id="hollow"><h2>Hollow</h2>   </section>
            <script>undefinedFunction();</script>
            </body></html>
            """);

        // When the browser check runs on it
        var check = Chromium.Check(path);

        // Then it reports all three
        Assert.NotEmpty(check.Errors);
        Assert.Equal(["bad"], check.Broken);
        Assert.Equal(["hollow"], check.Empty);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
