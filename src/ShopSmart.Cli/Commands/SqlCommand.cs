using System.ComponentModel;
using System.Data.Common;
using ShopSmart.Cli.Query;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Cli.Commands;

/// <summary>
/// <c>sql</c>: looks at the results without writing code — a query, a view by name, or the list of views — as a
/// table, CSV or JSON. Read-only on either engine: DuckDB opens the file read-only without external access; SQL
/// Server gets SELECT statements only, in a transaction that is rolled back. Not recorded in etl.job_run, which
/// would need a write.
/// </summary>
[Description("Query the warehouse, read-only: a SELECT, a view (--view v_sales_monthly) or the list of views (--list).")]
public sealed class SqlCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<SqlCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandArgument(0, "[QUERY]")]
        [Description("A SELECT statement, in the warehouse's dialect.")]
        public string? Query { get; init; }

        [CommandOption("--view <NAME>")]
        [Description("Show a view: v_sales_monthly (mart is the default schema) or dw.v_revenue_line.")]
        public string? View { get; init; }

        [CommandOption("--list")]
        [Description("List the views with what each is for.")]
        public bool List { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("Table (default), Csv or Json.")]
        public string? Format { get; init; }

        [CommandOption("--limit <ROWS>")]
        [Description("Print at most this many rows (a table shows 1,000 unless told).")]
        public string? Limit { get; init; }

        public ResultFormat ResultFormat => OptionValues.Enum<ResultFormat>(Format) ?? ResultFormat.Table;

        public long? RowLimit => OptionValues.Number(Limit) is { } n ? (long)n : null;

        public override ValidationResult Validate()
        {
            var shared = base.Validate();
            if (!shared.Successful)
            {
                return shared;
            }

            var asked = (Query is null ? 0 : 1) + (View is null ? 0 : 1) + (List ? 1 : 0);
            return OptionValues.Check(
                asked == 1 ? null : "give one of: a query, --view NAME, or --list.",
                OptionValues.EnumError<ResultFormat>("--format", Format),
                Limit is null || OptionValues.Number(Limit) is { } n && n >= 1 && n == Math.Floor(n)
                    ? null
                    : $"--limit does not accept '{Limit}': expected a whole number of rows, 1 or more.");
        }
    }

    protected override string Name => "sql";

    protected override bool RecordsRun => false;

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var connection = context.Engine.OpenReadOnlyConnection();
        if (settings.List)
        {
            using var list = ViewCatalog.AsResult(ViewCatalog.List(connection, context.Engine));
            Print(list, context.Console, settings);
            return ExitCodes.Success;
        }

        var sql = settings.Query ?? ViewQuery(connection, context, settings.View!);
        if (context.Engine.RefuseQuery(sql) is { } refusal)
        {
            throw new BadInputException($"Refused: {refusal}");
        }

        using var transaction = connection.BeginTransaction();
        try
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            Print(reader, context.Console, settings);

            // Later statements run as their results are asked for: ask, so none is silently skipped and a refused
            // one reports its error.
            while (reader.NextResult())
            {
            }
        }
        catch (DbException ex)
        {
            // One line for logs: the engine's caret under the query text means nothing once joined.
            throw new BadInputException($"The query failed: {string.Join(' ', ex.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}", ex);
        }
        finally
        {
            transaction.Rollback();
        }

        return ExitCodes.Success;
    }

    private static string ViewQuery(DbConnection connection, RunContext context, string typed)
    {
        var view = ViewCatalog.Find(ViewCatalog.List(connection, context.Engine), typed)
            ?? throw new BadInputException($"The warehouse has no view '{typed}'. `shopsmart sql --list` lists them.");
        return $"SELECT * FROM {view.QualifiedName} ORDER BY 1";
    }

    // CSV and JSON go to the writer under the console as they are: the console would wrap them at its width.
    private static void Print(DbDataReader reader, IAnsiConsole console, Settings settings)
    {
        var output = console.Profile.Out.Writer;
        switch (settings.ResultFormat)
        {
            case ResultFormat.Csv:
                CsvResultWriter.Write(reader, output, settings.RowLimit);
                output.Flush();
                break;
            case ResultFormat.Json:
                JsonResultWriter.Write(reader, output, settings.RowLimit);
                output.Flush();
                break;
            default:
                TableResultWriter.Write(reader, console, settings.RowLimit);
                break;
        }
    }
}
