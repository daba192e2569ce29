namespace ShopSmart.Etl.Reporting;

/// <summary>What one batch brought in, as the console summary and the tests see it.</summary>
public sealed record DataQualitySummary(BatchProfile Profile, IReadOnlyList<RuleCount> Rules);

/// <summary>Size, date range, distinct entities and missing values of a batch's facts.</summary>
public sealed record BatchProfile(
    long Lines,
    long Invoices,
    long Customers,
    long Products,
    long Countries,
    DateTime? FirstInvoiceAt,
    DateTime? LastInvoiceAt,
    long MissingDescription,
    long MissingCustomer,
    long MissingCountry);

/// <summary>Rows a cleaning rule matched.</summary>
public sealed record RuleCount(string RuleCode, long RowsMatched);
