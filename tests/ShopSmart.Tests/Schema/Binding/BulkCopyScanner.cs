using System.Text.RegularExpressions;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// Finds the SQL Server bulk copies in C# — <c>BulkCopy("schema.table", rows)</c>, the rows a DataTable built by
/// <c>Table(("column", typeof(T)), …)</c> — and the columns each one writes, so they can be bound like an INSERT's
/// column list. The DataTable may be a local (<c>var t = Table(…)</c>) or a field set from a method that returns
/// <c>Table(…)</c>; anything else is returned unresolved rather than guessed.
/// </summary>
public static partial class BulkCopyScanner
{
    public static IReadOnlyList<BulkCopyCall> Scan(string sourceFolder, string displayRoot)
    {
        var calls = new List<BulkCopyCall>();
        foreach (var path in Directory.EnumerateFiles(sourceFolder, "*.cs*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cs.txt", StringComparison.Ordinal))
                     .Where(p => Path.GetRelativePath(sourceFolder, p).Split(Path.DirectorySeparatorChar) is var parts
                                 && !parts.Contains("bin") && !parts.Contains("obj"))
                     .Order(StringComparer.Ordinal))
        {
            var code = File.ReadAllText(path);
            var file = Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
            foreach (Match call in BulkCopyCallPattern().Matches(code))
            {
                var line = code.AsSpan(0, call.Index).Count('\n') + 1;
                var rows = call.Groups["rows"].Value;
                var columns = ColumnsOf(code, rows, call.Index);
                calls.Add(columns is null
                    ? new BulkCopyCall(file, line, call.Groups["table"].Value, [], $"cannot see which columns '{rows}' holds (a `var {rows} = Table(…)` or a field set from a method returning Table(…))")
                    : new BulkCopyCall(file, line, call.Groups["table"].Value, columns));
            }
        }

        return calls;
    }

    private static List<string>? ColumnsOf(string code, string rows, int before)
    {
        var local = Regex.Match(code[..before], $@"\bvar\s+{Regex.Escape(rows)}\s*=\s*Table\(", RegexOptions.RightToLeft);
        if (local.Success)
        {
            return Columns(code, local.Index + local.Length);
        }

        var field = Regex.Match(code, $@"\b{Regex.Escape(rows)}\s*=\s*(\w+)\(\)\s*;");
        if (!field.Success)
        {
            return null;
        }

        var method = Regex.Match(code, $@"\b{Regex.Escape(field.Groups[1].Value)}\(\)\s*=>\s*Table\(");
        return method.Success ? Columns(code, method.Index + method.Length) : null;
    }

    /// <summary>The column names of a <c>Table(</c> call's tuples, from just after its opening parenthesis.</summary>
    private static List<string> Columns(string code, int start)
    {
        var depth = 1;
        var end = start;
        while (end < code.Length && depth > 0)
        {
            depth += code[end] switch { '(' => 1, ')' => -1, _ => 0 };
            end++;
        }

        return ColumnTuple().Matches(code[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"\bBulkCopy\(\s*""(?<table>\w+\.\w+)""\s*,\s*(?<rows>\w+)\s*\)")]
    private static partial Regex BulkCopyCallPattern();

    [GeneratedRegex(@"\(\s*""(\w+)""\s*,\s*typeof\(")]
    private static partial Regex ColumnTuple();
}
