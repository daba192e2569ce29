using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

/// <summary>The published nbformat 4.5 schema (Schemas/README.md), evaluated with JsonSchema.Net.</summary>
public static class NotebookSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string SchemaPath => Path.Combine(RepoPaths.Root, "tests", "ShopSmart.Tests", "Reporting", "Schemas", "nbformat.v4.5.schema.json");

    /// <summary>Every schema violation of the notebook, as "instance location: message" lines; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string notebookJson)
    {
        using var notebook = JsonDocument.Parse(notebookJson);
        var result = Schema.Value.Evaluate(notebook.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid, with no detail")
            .ToList();
    }

    // The file declares draft-04, which JsonSchema.Net does not implement. It uses only keywords whose meaning is the
    // same in draft-07 (no boolean exclusiveMinimum, no "id" keyword), so it is evaluated as draft-07: the
    // declaration is dropped in memory, the committed file stays as published.
    private static JsonSchema Load()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)schema["$schema"]);
        schema.Remove("$schema");
        EscapeSlashesInPatternKeys(schema);
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { Dialect = Dialect.Draft07 });
    }

    // JsonSchema.Net 8.0.5 throws KeyNotFoundException on a patternProperties key holding "/" (the mime bundle's
    // "^application/(.*\+)?json$"): it looks the key up JSON-pointer-escaped. "\x2F" is the same regex without the slash.
    private static void EscapeSlashesInPatternKeys(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["patternProperties"] is JsonObject patterns)
                {
                    foreach (var key in patterns.Select(p => p.Key).Where(k => k.Contains('/', StringComparison.Ordinal)).ToList())
                    {
                        var value = patterns[key];
                        patterns.Remove(key);
                        patterns[key.Replace("/", "\\x2F", StringComparison.Ordinal)] = value;
                    }
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    EscapeSlashesInPatternKeys(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    EscapeSlashesInPatternKeys(child);
                }

                break;
        }
    }
}
