using System.Text;
using System.Text.Json;
using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Renderers;

/// <summary>
/// A Jupyter notebook (nbformat 4.5) that needs no kernel: text as markdown cells, each figure as the saved
/// <c>display_data</c> output of an empty, hidden code cell, so Jupyter, VS Code and GitHub show it as it is.
/// </summary>
public sealed class NotebookRenderer : IReportRenderer
{
    public string FileExtension => ".ipynb";

    public void Write(ReportDocument document, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("metadata");
        json.WriteString("title", document.Title);
        json.WriteEndObject();
        json.WriteNumber("nbformat", 4);
        json.WriteNumber("nbformat_minor", 5);
        json.WriteStartArray("cells");

        var cells = new CellWriter(json);
        var markdown = new StringBuilder();
        markdown.Append("# ").Append(MarkdownText.Escape(document.Title)).Append("\n\n*").Append(MarkdownText.Escape(document.Subtitle)).Append("*\n\n");
        markdown.Append("## ").Append(MarkdownText.Escape(document.Labels.Contents)).Append("\n\n");
        foreach (var section in document.Sections)
        {
            markdown.Append("- ").Append(MarkdownText.Escape(section.Title)).Append('\n');
        }

        cells.Markdown("title", markdown.ToString());
        var numbers = new BlockNumbering();
        foreach (var section in document.Sections)
        {
            markdown.Clear().Append("## ").Append(MarkdownText.Escape(section.Title)).Append("\n\n");
            var part = 0;
            foreach (var block in section.Blocks)
            {
                if (block is Figure figure)
                {
                    cells.Markdown($"{section.Id}-{part++}", markdown.ToString());
                    cells.Image($"{section.Id}-{part++}", figure);
                    markdown.Clear().Append('*').Append(MarkdownText.Escape(numbers.NextFigure(document.Labels, figure.Caption))).Append("*\n\n");
                }
                else
                {
                    AppendBlock(markdown, block, document.Labels, numbers);
                }
            }

            cells.Markdown($"{section.Id}-{part}", markdown.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void AppendBlock(StringBuilder markdown, Block block, DocumentLabels labels, BlockNumbering numbers)
    {
        switch (block)
        {
            case Heading heading:
                markdown.Append("### ").Append(MarkdownText.Escape(heading.Text)).Append("\n\n");
                break;
            case Paragraph paragraph:
                if (paragraph.Lead is not null)
                {
                    markdown.Append("**").Append(MarkdownText.Escape(paragraph.Lead)).Append("** ");
                }

                markdown.Append(MarkdownText.Escape(paragraph.Text)).Append("\n\n");
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    markdown.Append("- ").Append(MarkdownText.Escape(item)).Append('\n');
                }

                markdown.Append('\n');
                break;
            case Note note:
                markdown.Append(note.Kind == NoteKind.Warning ? "> ⚠ " : "> ").Append(MarkdownText.Escape(note.Text)).Append("\n\n");
                break;
            case Table table:
                AppendTable(markdown, table.Validate(), numbers.NextTable(labels, table.Caption));
                break;
            default:
                throw new NotSupportedException($"Notebook renderer: no rule for block {block.GetType().Name}.");
        }
    }

    private static void AppendTable(StringBuilder markdown, Table table, string caption)
    {
        markdown.Append('*').Append(MarkdownText.Escape(caption)).Append("*\n\n|");
        foreach (var column in table.Columns)
        {
            markdown.Append(' ').Append(MarkdownText.Escape(column.Header)).Append(" |");
        }

        markdown.Append("\n|");
        foreach (var column in table.Columns)
        {
            markdown.Append(column.Numeric ? " ---: |" : " --- |");
        }

        markdown.Append('\n');
        foreach (var row in table.Rows)
        {
            markdown.Append('|');
            foreach (var cell in row)
            {
                markdown.Append(' ').Append(MarkdownText.Escape(cell)).Append(" |");
            }

            markdown.Append('\n');
        }

        markdown.Append('\n');
    }

    /// <summary>Writes the cells; ids are the section id and a counter, unique and within nbformat's pattern.</summary>
    private sealed class CellWriter(Utf8JsonWriter json)
    {
        public void Markdown(string id, string text)
        {
            text = text.TrimEnd('\n');
            if (text.Length == 0)
            {
                return;
            }

            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("cell_type", "markdown");
            json.WriteStartObject("metadata");
            json.WriteEndObject();
            WriteLines("source", text);
            json.WriteEndObject();
        }

        public void Image(string id, Figure figure)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("cell_type", "code");
            json.WriteNull("execution_count");
            json.WriteStartObject("metadata");
            json.WriteStartObject("jupyter");
            json.WriteBoolean("source_hidden", true);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("source");
            json.WriteEndArray();
            json.WriteStartArray("outputs");
            json.WriteStartObject();
            json.WriteString("output_type", "display_data");
            json.WriteStartObject("data");
            json.WriteBase64String("image/png", figure.Png);
            WriteLines("text/plain", figure.AltText);
            json.WriteEndObject();
            json.WriteStartObject("metadata");
            json.WriteStartObject("image/png");
            json.WriteNumber("width", figure.Width);
            json.WriteNumber("height", figure.Height);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        // nbformat's multiline strings: a list of lines, each but the last keeping its newline.
        private void WriteLines(string name, string text)
        {
            json.WriteStartArray(name);
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                json.WriteStringValue(text.AsSpan(start, end - start));
                start = end;
            }

            json.WriteEndArray();
        }
    }
}
