using System.Text;
using System.Text.RegularExpressions;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// Finds, in a project's C# source, every place that runs one of its named SQL statements and which Dapper parameters
/// it passes. A statement runs through <c>SqlCatalog.Get("name")</c> handed to Dapper, or through a helper that takes
/// the name first (<see cref="RunnerMethods"/>: the ETL's <c>store.Execute("step", new { … })</c>); the parameters are
/// the property names of the anonymous object in the argument after it — written inline, or in a
/// <c>var x = new { … }</c> of the same file. Names listed in a string array run by a <c>foreach</c> are call sites
/// with the loop's argument. Whatever the scanner cannot follow is returned as unresolved, never guessed, so a
/// statement whose parameters it cannot see fails the binding test instead of passing unchecked.
/// </summary>
public static partial class StatementCallScanner
{
    /// <summary>Methods whose first argument is a statement name (or <c>Get(name)</c>) and whose next one its parameters.</summary>
    public static readonly IReadOnlySet<string> RunnerMethods = new HashSet<string>(StringComparer.Ordinal)
    {
        "Get", "Execute", "Scalar", "Query", "ExecuteScalar", "QuerySingle", "QuerySingleOrDefault", "QueryFirst", "QueryFirstOrDefault",
        "QueryMultiple", "ExecuteReader", "Rows",
    };

    public static IReadOnlyList<StatementCall> Scan(string sourceFolder, IReadOnlySet<string> statements, string displayRoot)
    {
        var calls = new List<StatementCall>();
        foreach (var path in Directory.EnumerateFiles(sourceFolder, "*.cs*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cs.txt", StringComparison.Ordinal))
                     .Where(p => Path.GetRelativePath(sourceFolder, p).Split(Path.DirectorySeparatorChar) is var parts
                                 && !parts.Contains("bin") && !parts.Contains("obj"))
                     .Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
            calls.AddRange(ScanFile(file, WithoutComments(File.ReadAllText(path)), statements));
        }

        return calls;
    }

    private static IEnumerable<StatementCall> ScanFile(string file, string code, IReadOnlySet<string> statements)
    {
        // Direct calls: Runner("name", args) or Runner(x.Get("name"), args).
        foreach (Match literal in StringLiteral().Matches(code))
        {
            var name = literal.Groups[1].Value;
            if (!statements.Contains(name) || RunnerBefore(code, literal.Index) is not { } runner)
            {
                continue;
            }

            var after = literal.Index + literal.Length;
            if (runner.Method == "Get")
            {
                // The parameters follow the Get(...) call inside the call it is an argument of.
                after = SkipSpaces(code, after);
                after = after < code.Length && code[after] == ')' ? after + 1 : after;
            }

            yield return CallAt(file, code, name, literal.Index, after);
        }

        // Names in a string array iterated by foreach: each is run with the loop's arguments.
        foreach (Match loop in ForeachLoop().Matches(code))
        {
            var variable = loop.Groups["var"].Value;
            var names = loop.Groups["inline"].Success
                ? Names(loop.Groups["inline"].Value)
                : ArrayNames(code, loop.Groups["array"].Value);
            var run = statements.Intersect(names, StringComparer.Ordinal).ToList();
            if (run.Count == 0)
            {
                continue;
            }

            var body = LoopBody(code, loop.Index + loop.Length);
            var uses = Regex.Matches(code[body.Start..body.End], $@"\b(\w+)\s*(?:<(?:[^<>]|<[^<>]*>)*>)?\s*\(\s*{Regex.Escape(variable)}\s*(?=[,)])")
                .Where(m => RunnerMethods.Contains(m.Groups[1].Value))
                .ToList();
            foreach (var name in run)
            {
                if (uses.Count == 0)
                {
                    yield return new StatementCall(name, file, LineOf(code, loop.Index), [], $"the loop over '{name}' runs no {string.Join("/", RunnerMethods)}({variable}, …)");
                }

                foreach (var use in uses)
                {
                    var at = body.Start + use.Index + use.Length;
                    yield return CallAt(file, code, name, at, at);
                }
            }
        }
    }

    /// <summary>The runner method whose first argument starts at <paramref name="position"/>, if any.</summary>
    private static (string Method, int Open)? RunnerBefore(string code, int position)
    {
        var i = position - 1;
        while (i >= 0 && char.IsWhiteSpace(code[i]))
        {
            i--;
        }

        if (i < 0 || code[i] != '(')
        {
            return null;
        }

        var match = MethodName().Match(code[..i]);
        return match.Success && RunnerMethods.Contains(match.Groups[1].Value) ? (match.Groups[1].Value, i) : null;
    }

    /// <summary>
    /// The call site of a statement whose name argument ends at <paramref name="after"/>: the parameters are the first
    /// later argument that is an anonymous object (or a variable holding one). Lambdas (row mappers) and named
    /// arguments other than Dapper's <c>param:</c> are not parameters; any other argument the scanner cannot read
    /// makes the call unresolved when no anonymous object follows.
    /// </summary>
    private static StatementCall CallAt(string file, string code, string name, int at, int after)
    {
        var line = LineOf(code, at);
        string? unreadable = null;
        for (var i = SkipSpaces(code, after); i < code.Length && code[i] == ','; i = SkipSpaces(code, i))
        {
            var argument = Argument(code, i + 1);
            i += 1 + argument.Length;
            argument = argument.Trim();
            var named = NamedArgument().Match(argument);
            if (named.Success && named.Groups[1].Value != "param")
            {
                continue;
            }

            argument = named.Success ? argument[named.Length..].Trim() : argument;
            if (argument == "null" || argument.Contains("=>", StringComparison.Ordinal))
            {
                continue;
            }

            if (Identifier().IsMatch(argument))
            {
                var declaration = Regex.Match(code[..at], $@"\bvar\s+{Regex.Escape(argument)}\s*=\s*new\s*\{{", RegexOptions.RightToLeft);
                if (!declaration.Success)
                {
                    unreadable ??= $"'{argument}' is not a `var {argument} = new {{ … }}` of this file";
                    continue;
                }

                argument = code[(declaration.Index + declaration.Length - 1)..];
                argument = "new " + argument[..(Balanced(argument, 0) + 1)];
            }

            var anonymous = AnonymousObject().Match(argument);
            if (!anonymous.Success)
            {
                unreadable ??= $"'{Excerpt(argument, 0)}' is not an anonymous object (new {{ … }})";
                continue;
            }

            return Members(name, file, line, anonymous.Groups[1].Value);
        }

        return new StatementCall(name, file, line, [], unreadable);
    }

    private static StatementCall Members(string name, string file, int line, string members)
    {
        var names = new List<string>();
        foreach (var member in Split(members).Where(m => m.Length > 0))
        {
            var assigned = MemberName().Match(member);
            var projected = ProjectedName().Match(member);
            if (!assigned.Success && !projected.Success)
            {
                return new StatementCall(name, file, line, names, $"cannot tell the name of the parameter '{member}'");
            }

            names.Add(assigned.Success ? assigned.Groups[1].Value : projected.Groups[1].Value);
        }

        return new StatementCall(name, file, line, names);
    }

    /// <summary>One argument from <paramref name="start"/> to the next comma or closing parenthesis at its own depth.</summary>
    private static string Argument(string code, int start)
    {
        var depth = 0;
        for (var i = start; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '(' or '{' or '[':
                    depth++;
                    break;
                case ')' or '}' or ']' when depth == 0:
                    return code[start..i];
                case ')' or '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return code[start..i];
                case '"':
                    i = code.IndexOf('"', i + 1);
                    break;
            }
        }

        return code[start..];
    }

    /// <summary>Index of the brace closing the one at <paramref name="open"/>.</summary>
    private static int Balanced(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            depth += code[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return code.Length - 1;
    }

    private static IEnumerable<string> Split(string members)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < members.Length; i++)
        {
            depth += members[i] switch { '(' or '{' or '[' => 1, ')' or '}' or ']' => -1, _ => 0 };
            if (members[i] == ',' && depth == 0)
            {
                yield return members[start..i].Trim();
                start = i + 1;
            }
        }

        yield return members[start..].Trim();
    }

    private static (int Start, int End) LoopBody(string code, int after)
    {
        var i = SkipSpaces(code, after);
        if (i < code.Length && code[i] == '{')
        {
            return (i, Balanced(code, i) + 1);
        }

        var end = code.IndexOf(';', i);
        return (i, end < 0 ? code.Length : end + 1);
    }

    private static List<string> ArrayNames(string code, string array)
    {
        var declaration = Regex.Match(code, $@"\b{Regex.Escape(array)}\s*=\s*(?:new\s*(?:string\s*)?\[\s*\]\s*)?[\[{{](?<items>[^\]}}]*)[\]}}]");
        return declaration.Success ? Names(declaration.Groups["items"].Value) : [];
    }

    private static List<string> Names(string items) => StringLiteral().Matches(items).Select(m => m.Groups[1].Value).ToList();

    private static int SkipSpaces(string code, int i)
    {
        while (i < code.Length && char.IsWhiteSpace(code[i]))
        {
            i++;
        }

        return i;
    }

    private static int LineOf(string code, int index) => code.AsSpan(0, index).Count('\n') + 1;

    private static string Excerpt(string code, int i) => code.Substring(i, Math.Min(40, code.Length - i)).ReplaceLineEndings(" ");

    /// <summary>The code with comments blanked (newlines kept, so line numbers hold); string contents untouched.</summary>
    private static string WithoutComments(string code)
    {
        var text = new StringBuilder(code);
        for (var i = 0; i < code.Length; i++)
        {
            if (code.AsSpan(i).StartsWith("\"\"\""))
            {
                var end = code.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 2;
            }
            else if (code[i] == '"')
            {
                var verbatim = i > 0 && code[i - 1] == '@';
                i++;
                while (i < code.Length && code[i] != '"')
                {
                    i += !verbatim && code[i] == '\\' ? 2 : 1;
                }
            }
            else if (code[i] == '\'' && i + 2 < code.Length)
            {
                i = code.IndexOf('\'', i + (code[i + 1] == '\\' ? 3 : 2));
            }
            else if (code[i] == '/' && i + 1 < code.Length && code[i + 1] is '/' or '*')
            {
                var end = code[i + 1] == '/' ? code.IndexOf('\n', i) : code.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2;
                end = end <= 0 ? code.Length : end;
                for (var j = i; j < end; j++)
                {
                    text[j] = code[j] == '\n' ? '\n' : ' ';
                }

                i = end - 1;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("\"([A-Za-z0-9_]+)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(\w+)\s*(?:<(?:[^<>]|<[^<>]*>)*>)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex MethodName();

    [GeneratedRegex(@"foreach\s*\(\s*var\s+(?<var>\w+)\s+in\s+(?:new\s*(?:string\s*)?\[\s*\]\s*\{(?<inline>[^}]*)\}|\[(?<inline>[^\]]*)\]|(?<array>\w+))\s*\)")]
    private static partial Regex ForeachLoop();

    [GeneratedRegex(@"^(\w+)\s*:(?!:)")]
    private static partial Regex NamedArgument();

    [GeneratedRegex(@"^\w+$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^new\s*\{(.*)\}$", RegexOptions.Singleline)]
    private static partial Regex AnonymousObject();

    [GeneratedRegex(@"^@?(\w+)\s*=(?!=)")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"(?:^|\.)@?(\w+)$")]
    private static partial Regex ProjectedName();
}
