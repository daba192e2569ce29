namespace ShopSmart.Etl.Sources;

/// <summary>Part names inside an OpenXML package (zip entry names, no leading slash).</summary>
public static class XlsxPartPath
{
    /// <summary>
    /// The part a relationship target points to: absolute targets ("/xl/worksheets/sheet1.xml") from the package
    /// root, relative ones ("worksheets/sheet1.xml", "../media/x.png") from <paramref name="sourcePart"/>'s folder.
    /// </summary>
    public static string Resolve(string sourcePart, string target)
    {
        target = target.Replace('\\', '/');
        string combined;
        if (target.StartsWith('/'))
        {
            combined = target;
        }
        else
        {
            var slash = sourcePart.LastIndexOf('/');
            combined = slash < 0 ? target : string.Concat(sourcePart.AsSpan(0, slash + 1), target);
        }

        var segments = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>The relationships part of <paramref name="part"/>: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
    }
}
