namespace ShopSmart.Reporting.Document;

/// <summary>A boxed remark: a caveat, or why a part of the report is empty.</summary>
public sealed record Note(string Text, NoteKind Kind = NoteKind.Info) : Block;
