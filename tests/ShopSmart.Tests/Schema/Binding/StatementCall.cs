namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// One place in the C# that runs a named statement: the file and line, and the names of the properties of the
/// anonymous object it passes as Dapper parameters (empty when it passes none). <see cref="Unresolved"/> says why
/// the scanner could not see them (the parameters come from a variable or method it cannot follow).
/// </summary>
public sealed record StatementCall(string Statement, string File, int Line, IReadOnlyList<string> Parameters, string? Unresolved = null)
{
    public override string ToString() => $"{File}({Line})";
}
