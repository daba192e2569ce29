using System.Net;
using System.Text;
using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Renderers;

/// <summary>
/// One self-contained HTML file: styles inline, figures as <c>data:</c> URIs, no script and no external resource,
/// so it opens offline in any browser and can be mailed as it is.
/// </summary>
public sealed class HtmlRenderer : IReportRenderer
{
    private const string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; line-height: 1.5; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
        h1 { font-size: 2rem; margin-bottom: 0.2rem; }
        .subtitle { color: #57606a; margin-top: 0; }
        h2 { border-bottom: 2px solid #d0d7de; padding-bottom: 0.3rem; margin-top: 2.5rem; }
        h3 { margin-top: 1.8rem; }
        nav ul { list-style: none; padding-left: 0.4rem; }
        figure { margin: 1.2rem 0; text-align: center; }
        figure img { max-width: 100%; height: auto; border: 1px solid #eaeef2; }
        figcaption, caption { color: #57606a; font-size: 0.9rem; margin: 0.4rem 0; }
        caption { caption-side: top; text-align: left; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 0.88rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.55rem; vertical-align: top; }
        th { background: #f3f5f7; text-align: left; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        @media print { main { max-width: none; padding: 0; } table { font-size: 0.75rem; } th, td { padding: 0.2rem 0.35rem; } }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .note { border-left: 4px solid #0969da; background: #eef5fd; padding: 0.6rem 0.9rem; margin: 1rem 0; }
        .note.warning { border-left-color: #bf8700; background: #fff8e5; }
        """;

    public string FileExtension => ".html";

    public void Write(ReportDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(Render(document));
    }

    public static string Render(ReportDocument document)
    {
        var html = new StringBuilder(1 << 20);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(document.Labels.LanguageTag)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(document.Title)).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(Encode(document.Subtitle)).Append("</p>\n");

        html.Append("<nav>\n<h2>").Append(Encode(document.Labels.Contents)).Append("</h2>\n<ul>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<li><a href=\"#").Append(Encode(section.Id)).Append("\">").Append(Encode(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
        var numbers = new BlockNumbering();
        foreach (var section in document.Sections)
        {
            html.Append("<section id=\"").Append(Encode(section.Id)).Append("\">\n<h2>").Append(Encode(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                AppendBlock(html, block, document.Labels, numbers);
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendBlock(StringBuilder html, Block block, DocumentLabels labels, BlockNumbering numbers)
    {
        switch (block)
        {
            case Heading heading:
                html.Append("<h3>").Append(Encode(heading.Text)).Append("</h3>\n");
                break;
            case Paragraph paragraph:
                html.Append("<p>");
                if (paragraph.Lead is not null)
                {
                    html.Append("<strong>").Append(Encode(paragraph.Lead)).Append("</strong> ");
                }

                html.Append(Encode(paragraph.Text)).Append("</p>\n");
                break;
            case BulletList list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case Note note:
                html.Append("<div class=\"note").Append(note.Kind == NoteKind.Warning ? " warning" : string.Empty).Append("\">")
                    .Append(Encode(note.Text)).Append("</div>\n");
                break;
            case Table table:
                AppendTable(html, table, numbers.NextTable(labels, table.Caption));
                break;
            case Figure figure:
                html.Append("<figure>\n<img src=\"data:image/png;base64,").Append(Convert.ToBase64String(figure.Png))
                    .Append("\" width=\"").Append(figure.Width).Append("\" height=\"").Append(figure.Height)
                    .Append("\" alt=\"").Append(Encode(figure.AltText)).Append("\">\n<figcaption>")
                    .Append(Encode(numbers.NextFigure(labels, figure.Caption))).Append("</figcaption>\n</figure>\n");
                break;
            default:
                throw new NotSupportedException($"HTML renderer: no rule for block {block.GetType().Name}.");
        }
    }

    private static void AppendTable(StringBuilder html, Table table, string caption)
    {
        table.Validate();
        html.Append("<table>\n<caption>").Append(Encode(caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(column.Numeric ? "<th class=\"num\">" : "<th>").Append(Encode(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                html.Append(table.Columns[c].Numeric ? "<td class=\"num\">" : "<td>").Append(Encode(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
