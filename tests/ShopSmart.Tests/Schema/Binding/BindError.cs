namespace ShopSmart.Tests.Schema.Binding;

/// <summary>One name that does not bind: the script (path from the repository root), its line, and what is wrong.</summary>
public sealed record BindError(string Script, int Line, string Message)
{
    public override string ToString() => $"{Script}({Line}): {Message}";
}
