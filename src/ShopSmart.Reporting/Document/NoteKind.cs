namespace ShopSmart.Reporting.Document;

/// <summary>How a <see cref="Note"/> is set off: <see cref="Info"/> (neutral) or <see cref="Warning"/> (missing data, a caveat).</summary>
public enum NoteKind
{
    Info,
    Warning,
}
