namespace ShopSmart.Etl.Sources;

/// <summary>Picks the reader for a file's format.</summary>
public static class SourceReader
{
    public static SourceLayout Read(SourceFile file, ISourceSink sink, CancellationToken cancellationToken = default) =>
        Read(file, sink, new SourceOptions(), cancellationToken);

    public static SourceLayout Read(SourceFile file, ISourceSink sink, SourceOptions options, CancellationToken cancellationToken = default) =>
        file.Format is SourceFormat.Xlsx or SourceFormat.Xls
            ? ExcelSourceReader.Read(file, sink, options, cancellationToken)
            : CsvSourceReader.Read(file, sink, options, cancellationToken);
}
