using ShopSmart.Core.Runs;

namespace ShopSmart.Etl.Sources;

/// <summary>A source file refused as a whole; the message names the file and, where known, the row.</summary>
public sealed class SourceFileException(string file, string problem, long? row = null, Exception? inner = null)
    : BadInputException(row is null ? $"{file}: {problem}" : $"{file}, row {row}: {problem}", inner)
{
    public string File { get; } = file;

    public long? Row { get; } = row;
}
