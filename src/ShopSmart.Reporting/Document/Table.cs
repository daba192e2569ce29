namespace ShopSmart.Reporting.Document;

/// <summary>A captioned table of already formatted cells; every row has one cell per column.</summary>
public sealed record Table(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    /// <summary>Throws when a row's width differs from the header's: a renderer must never guess.</summary>
    public Table Validate()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Count != Columns.Count)
            {
                throw new InvalidOperationException(
                    $"Table '{Caption}': row {i + 1} has {Rows[i].Count} cells for {Columns.Count} columns.");
            }
        }

        return this;
    }
}
