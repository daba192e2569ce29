namespace ShopSmart.Reporting.Document;

/// <summary>A piece of a section: <see cref="Heading"/>, <see cref="Paragraph"/>, <see cref="BulletList"/>,
/// <see cref="Table"/>, <see cref="Figure"/> or <see cref="Note"/>.</summary>
public abstract record Block;
