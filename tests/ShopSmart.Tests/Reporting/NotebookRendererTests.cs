using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ShopSmart.Reporting.Renderers;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

public sealed class NotebookRendererTests
{
    private static string Render()
    {
        using var stream = new MemoryStream();
        new NotebookRenderer().Write(SampleDocument.Create(), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Notebook_validates_against_the_nbformat_4_5_schema()
    {
        // Given the sample document as a notebook
        var notebook = Render();

        // When it is evaluated against the published schema
        var errors = NotebookSchema.Errors(notebook);

        // Then there is no violation
        Assert.Empty(errors);
    }

    [Fact]
    public void The_schema_check_rejects_a_notebook_with_a_broken_cell()
    {
        // Given the notebook with one cell's required "source" removed and an id nbformat forbids
        var notebook = System.Text.Json.Nodes.JsonNode.Parse(Render())!;
        var cell = notebook["cells"]![1]!.AsObject();
        cell.Remove("source");
        cell["id"] = "not allowed!";

        // When it is evaluated
        var errors = NotebookSchema.Errors(notebook.ToJsonString());

        // Then the schema check fails
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Figures_are_image_outputs_and_text_is_markdown_with_data_kept_literal()
    {
        // Given the sample document as a notebook
        using var notebook = JsonDocument.Parse(Render());
        var cells = notebook.RootElement.GetProperty("cells").EnumerateArray().ToList();

        // Then each figure is a display_data PNG output, and cell ids are unique
        var images = cells.Where(c => c.GetProperty("cell_type").GetString() == "code").ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, c => Assert.True(c.GetProperty("outputs")[0].GetProperty("data").TryGetProperty("image/png", out _)));
        var ids = cells.Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        // And markdown characters in the data are escaped, so "$5" is no maths and "|" breaks no table
        var markdown = string.Concat(cells.Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(l => l.GetString())));
        Assert.Contains(@"\$5 \| pipe \# hash", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\*stars\* \_under\_", markdown, StringComparison.Ordinal);
        Assert.Contains("| Name | Value |", markdown, StringComparison.Ordinal);
        Assert.Contains("| --- | ---: |", markdown, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Notebook_passes_nbformat_validate_in_python_where_debian_python3_nbformat_is_installed()
    {
        // Given Debian's python3 with nbformat (optional: the schema test above is the required check)
        const string python = "/usr/bin/python3";
        Skip.IfNot(File.Exists(python), "needs /usr/bin/python3 with python3-nbformat");
        using var folder = new TempDirectory();
        var path = folder.File("sample.ipynb");
        File.WriteAllText(path, Render());

        // When nbformat reads and validates the notebook
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sys\ntry:\n import nbformat\nexcept ImportError:\n sys.exit(3)\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\nprint('ok')");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Skip.If(process.ExitCode == 3, "needs python3-nbformat (apt-get install python3-nbformat)");

        // Then it is valid
        Assert.True(process.ExitCode == 0, output);
    }
}
