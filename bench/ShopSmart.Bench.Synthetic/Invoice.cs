namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// One invoice of the schedule: when, whose, how many lines. Its content is not stored: it is drawn again from the
/// invoice's own random stream (<see cref="Seq"/>) when written, and again when a later cancellation needs it.
/// </summary>
internal struct Invoice
{
    public int Minute;

    /// <summary>Order of creation: the index of the invoice's random streams.</summary>
    public int Seq;

    /// <summary>Customer index, or -1 for none.</summary>
    public int Customer;

    /// <summary>Product lines of a purchase; cancelled lines of a cancellation; 1 otherwise.</summary>
    public int Lines;

    /// <summary>Purchase lines written twice.</summary>
    public int Duplicates;

    public bool HasNonProductLine;

    public InvoiceKind Kind;

    public byte Country;

    /// <summary>A cancellation's purchase (its <see cref="Seq"/> and kind) and where its line numbers start.</summary>
    public int SourceSeq;

    public InvoiceKind SourceKind;

    public int CancelledStart;
}
