namespace ShopSmart.Etl.Sources;

/// <summary>How a quantity or price text read: a value, not a number of its kind, or a number the warehouse cannot hold.</summary>
public enum NumberRead
{
    Ok,

    /// <summary>Empty, text, or a fraction where a whole number is due: <c>BAD_QUANTITY</c> / <c>BAD_PRICE</c>.</summary>
    NotANumber,

    /// <summary>A well-formed number beyond the warehouse's columns: <c>VALUE_OUT_OF_RANGE</c>.</summary>
    OutOfRange,

    /// <summary>A price other than zero that four decimal places round to zero (0.00001): <c>VALUE_OUT_OF_RANGE</c>.</summary>
    BelowPrecision,
}
