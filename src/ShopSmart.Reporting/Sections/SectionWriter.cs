using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>
/// Collects a section's blocks in reading order, taking every word from the catalogue: the key names the text,
/// the arguments bind its figures. Charts are drawn in the background as they are declared (ScottPlot plots are
/// independent and its font cache is concurrent), so a section's charts render on every core; <see cref="Build"/>
/// waits for them and keeps the order.
/// </summary>
public sealed class SectionWriter(SectionContext context, string id)
{
    private readonly List<Task<Block>> _blocks = [];

    public SectionWriter Heading(string key) => Add(new Heading(context.T(key)));

    public SectionWriter Paragraph(string key, TextArgs? args = null) => Add(new Paragraph(Text(key, args)));

    public SectionWriter Lead(string leadKey, string key, TextArgs? args = null) => Add(new Paragraph(Text(key, args), Text(leadKey, args)));

    public SectionWriter Note(string key, TextArgs? args = null, NoteKind kind = NoteKind.Info) => Add(new Note(Text(key, args), kind));

    public SectionWriter Warning(string key, TextArgs? args = null) => Note(key, args, NoteKind.Warning);

    public SectionWriter Bullets(IEnumerable<string> items) => Add(new BulletList(items.ToList()));

    /// <summary>A table: caption key, headers (keys) with whether the column holds numbers, rows of formatted cells.</summary>
    public SectionWriter Table(string captionKey, IReadOnlyList<(string HeaderKey, bool Numeric)> columns, IEnumerable<IReadOnlyList<string>> rows, TextArgs? args = null) =>
        Add(new Table(Text(captionKey, args), columns.Select(c => new TableColumn(context.T(c.HeaderKey), c.Numeric)).ToList(), rows.ToList()).Validate());

    /// <summary>
    /// A figure whose caption and alternative text come from <c>captionKey</c> and <c>captionKey.alt</c>, drawn by
    /// <paramref name="chart"/> in the background.
    /// </summary>
    public SectionWriter Figure(string captionKey, Func<ChartImage> chart, TextArgs? args = null)
    {
        var caption = Text(captionKey, args);
        var alt = Text(captionKey + ".alt", args);
        _blocks.Add(Task.Run(() =>
        {
            var image = chart();
            return (Block)new Figure(caption, alt, image.Png, image.Width, image.Height);
        }));
        return this;
    }

    public SectionWriter Add(Block block)
    {
        _blocks.Add(Task.FromResult(block));
        return this;
    }

    /// <summary>The section, once every chart is drawn; a chart that failed throws its own exception here.</summary>
    public ReportSection Build() => new(id, context.T($"section.{id}.title"), _blocks.Select(b => b.GetAwaiter().GetResult()).ToList());

    private string Text(string key, TextArgs? args) => args is null ? context.T(key) : context.T(key, args);
}
