using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using ShopSmart.Bench.Synthetic;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Bench.Micro;

/// <summary>
/// Reading, parsing and the row rules of the ETL on a synthetic file: CSV (plain and gzip) and xlsx through the
/// ETL's own streaming reader. Figures are per line (OperationsPerInvoke), no database.
/// </summary>
[MemoryDiagnoser]
public class RowParsingBenchmarks
{
    private const int CsvLines = 50_000;
    private const int XlsxLines = 20_000;
    private string _folder = "";
    private SourceFile _csv = null!;
    private SourceFile _gzip = null!;
    private SourceFile _xlsx = null!;
    private LineClassifier _classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("shopsmart-micro").FullName;
        var options = new SyntheticRetailOptions { Lines = CsvLines, Seed = 11 };
        _csv = SourceFile.Inspect(Generated(options, "lines.csv"));
        _gzip = SourceFile.Inspect(Generated(options, "lines.csv.gz"));
        _xlsx = SourceFile.Inspect(Workbook(Generated(new SyntheticRetailOptions { Lines = XlsxLines, Seed = 11 }, "small.csv")));
        _classifier = new LineClassifier(new CleaningOptions());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(OperationsPerInvoke = CsvLines)]
    public long Csv() => Read(_csv);

    [Benchmark(OperationsPerInvoke = CsvLines)]
    public long CsvGzip() => Read(_gzip);

    [Benchmark(OperationsPerInvoke = XlsxLines)]
    public long Xlsx() => Read(_xlsx);

    private long Read(SourceFile file)
    {
        var sink = new ClassifyingSink(_classifier);
        SourceReader.Read(file, sink);
        return sink.Rows;
    }

    private string Generated(SyntheticRetailOptions options, string name)
    {
        var path = Path.Combine(_folder, name);
        SyntheticRetailGenerator.GenerateFile(options, path);
        return path;
    }

    /// <summary>The CSV as a workbook in the published layout: numbers as numbers, dates as date-times.</summary>
    private string Workbook(string csv)
    {
        var path = Path.Combine(_folder, "lines.xlsx");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Online Retail");
        var row = 1;
        foreach (var line in File.ReadLines(csv))
        {
            var fields = SplitCsv(line);
            for (var c = 0; c < fields.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                if (row > 1 && c is 3 or 5 && double.TryParse(fields[c], System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    cell.Value = number;
                }
                else if (row > 1 && c == 4)
                {
                    cell.Value = DateTime.ParseExact(fields[c], "M/d/yyyy H:mm", System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    cell.Value = fields[c];
                }
            }

            row++;
        }

        workbook.SaveAs(path);
        return path;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private sealed class ClassifyingSink(LineClassifier classifier) : ISourceSink
    {
        public long Rows { get; private set; }

        public void Line(SourceLine line)
        {
            classifier.Classify(line);
            Rows++;
        }

        public void Reject(RejectedLine rejected) => Rows++;
    }
}
