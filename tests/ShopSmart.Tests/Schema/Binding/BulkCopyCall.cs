namespace ShopSmart.Tests.Schema.Binding;

/// <summary>A bulk copy in the C#: where it is, the table it writes, and the columns of the rows it sends.</summary>
public sealed record BulkCopyCall(string File, int Line, string Table, IReadOnlyList<string> Columns, string? Unresolved = null)
{
    public override string ToString() => $"{File}({Line})";
}
