using ShopSmart.Bench;
using ShopSmart.Bench.Compare;
using ShopSmart.Bench.Etl;
using ShopSmart.Bench.Export;
using ShopSmart.Bench.Generate;
using ShopSmart.Bench.Job;

const string Usage = """
    usage: shopsmart-bench MODE ...
      job INPUT... [--runs N] [--memory-limit 1GB] [--label TEXT] [--work DIR] [--keep] [--results FILE]
                                 the whole main job, each run a fresh process under /usr/bin/time, per-stage figures
      etl INPUT [--runs N] [--memory-limit 1GB] [--label TEXT] [--work DIR] [--keep] [--results FILE]
          [--against-notebook [--python P] [--script S]]
                                 shopsmart-etl migrate, then load INPUT, into a fresh file: two processes under /usr/bin/time;
                                 with --against-notebook alternated with the notebook up to its EDA aggregates, ratio reported
      compare INPUT [--rounds N] [--memory-limit 1GB] [--python /usr/bin/python3] [--work DIR] [--label TEXT]
                                 the job against bench/notebook/notebook.py on the same file, alternated A/B, B/A
      generate FILE --lines N [--customers N] [--products N] [--days N] [--seed N]
                                 a synthetic Online Retail CSV (.csv or .csv.gz), same seed → same bytes
      stages INPUT... --warehouse FILE --out FIGURES.json [--memory-limit X]
                                 the job's stages in this process (what job and compare run in the child)
      parse FILE [runs]          read + parse + row rules, no database
      load FILE [runs]           the whole ETL into a fresh DuckDB file per run
      views DUCKDB [runs]        every mart view of a loaded warehouse, read in full
      export DUCKDB [runs]       the marketing workbook of a loaded warehouse, by step
    """;

try
{
    var arguments = new Arguments(args);
    var mode = arguments.Positional.FirstOrDefault();
    return mode switch
    {
        "job" => JobCommand.Run(arguments),
        "etl" => EtlCommand.Run(arguments),
        "compare" => CompareCommand.Run(arguments),
        "generate" => GenerateCommand.Run(arguments),
        "stages" => JobStages.Run(arguments),
        "parse" or "load" or "views" => EtlBench.Run(mode, arguments),
        "export" => ExportBench.Run(arguments),
        _ => throw new UsageException(mode is null ? "no mode given" : $"unknown mode {mode}"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}
