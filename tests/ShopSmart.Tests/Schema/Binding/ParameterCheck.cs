namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// Compares the parameters a statement uses with what each C# call site passes. Every parameter must be passed,
/// spelt with the same case (a case-sensitive server collation tells @Batch_Id from @batch_id), at every call site;
/// a statement nobody runs, or whose parameters the scanner cannot see, is reported rather than passed unchecked.
/// Extra properties are fine: Dapper sends only those the text names.
/// </summary>
public static class ParameterCheck
{
    public static IReadOnlyList<string> Problems(string script, IReadOnlyDictionary<string, int> used, IReadOnlyList<StatementCall> calls)
    {
        if (calls.Count == 0)
        {
            return [$"{script}: no C# call site runs it (the scanner looks for SqlCatalog.Get(\"name\") and "
                    + $"{string.Join("/", StatementCallScanner.RunnerMethods.Where(m => m != "Get"))}(\"name\", …))"];
        }

        var problems = new List<string>();
        foreach (var call in calls)
        {
            if (call.Unresolved is not null && used.Count > 0)
            {
                problems.Add($"{script}: {call}: cannot see the parameters passed: {call.Unresolved}");
                continue;
            }

            foreach (var (name, line) in used)
            {
                if (call.Parameters.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                var otherCase = call.Parameters.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
                problems.Add(otherCase is not null
                    ? $"{script}({line}): @{name} is passed as '{otherCase}' by {call}: a case-sensitive collation tells them apart"
                    : $"{script}({line}): @{name} is not passed by {call} (it passes {(call.Parameters.Count == 0 ? "nothing" : string.Join(", ", call.Parameters))})");
            }
        }

        return problems;
    }
}
