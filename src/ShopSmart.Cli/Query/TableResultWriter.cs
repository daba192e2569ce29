using System.Data.Common;
using Spectre.Console;

namespace ShopSmart.Cli.Query;

/// <summary>Shows a result as a table for a person; numbers right-aligned, NULL dimmed.</summary>
public static class TableResultWriter
{
    /// <summary>Rows shown when no --limit is given: a table is for reading, CSV and JSON are for everything.</summary>
    public const int DefaultLimit = 1000;

    /// <summary>Writes up to <paramref name="limit"/> rows and says how many more there were; returns rows shown.</summary>
    public static long Write(DbDataReader reader, IAnsiConsole console, long? limit = null)
    {
        var table = new Table();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = new TableColumn(Markup.Escape(reader.GetName(i)));
            table.AddColumn(ResultValues.IsNumeric(reader.GetFieldType(i)) ? column.RightAligned() : column);
        }

        var shown = 0L;
        var more = 0L;
        var max = limit ?? DefaultLimit;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            if (shown >= max)
            {
                more++;
                continue;
            }

            reader.GetValues(values);
            table.AddRow(values.Select(Cell).ToArray());
            shown++;
        }

        console.Write(table);
        if (more == 0)
        {
            console.MarkupLineInterpolated($"[dim]{shown:N0} row(s)[/]");
        }
        else
        {
            console.MarkupLineInterpolated($"[dim]{shown:N0} of {shown + more:N0} rows shown; --limit shows more, --format csv or json gives every row.[/]");
        }
        return shown;
    }

    // Ratios read better with six significant digits; CSV and JSON keep every digit.
    private static string Cell(object value) => value switch
    {
        DBNull => "[dim]NULL[/]",
        double d => d.ToString("G6", System.Globalization.CultureInfo.InvariantCulture),
        _ => Markup.Escape(ResultValues.Text(value)),
    };
}
