namespace ShopSmart.Tests.Schema;

/// <summary>A table or view as both dialects must define it: qualified name, kind, and columns with a type family.</summary>
public sealed record SchemaObject(string Name, string Kind, IReadOnlyDictionary<string, string> Columns);
