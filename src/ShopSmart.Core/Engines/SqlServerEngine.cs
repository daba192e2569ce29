using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.SqlClient;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Data;
using ShopSmart.Core.Migrations;

namespace ShopSmart.Core.Engines;

/// <summary>SQL Server, the production target, reached through a connection string from configuration.</summary>
public sealed class SqlServerEngine : WarehouseEngine
{
    private readonly string _connectionString;

    public SqlServerEngine(string connectionString, int commandTimeoutSeconds)
    {
        try
        {
            var builder = new SqlConnectionStringBuilder(connectionString);
            Server = builder.DataSource;
            Database = builder.InitialCatalog;
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException($"ConnectionStrings:SqlServer is not a valid SQL Server connection string: {SecretMasker.Mask(ex.Message)}");
        }

        _connectionString = connectionString;
        CommandTimeoutSeconds = commandTimeoutSeconds;
    }

    public string Server { get; }

    public string Database { get; }

    public int CommandTimeoutSeconds { get; }

    public override EngineKind Kind => EngineKind.SqlServer;

    public override string Dialect => "sqlserver";

    public override string Describe() => $"SQL Server {Server}/{Database}";

    public override DbConnection OpenConnection()
    {
        var connection = new SqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A connection that says it only reads (routed to a readable secondary where there is one). What it may run is
    /// decided by <see cref="RefuseQuery"/> and by the login: give query users the shopsmart_reader role.
    /// </summary>
    public override DbConnection OpenReadOnlyConnection()
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(_connectionString) { ApplicationIntent = ApplicationIntent.ReadOnly }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Only SELECT statements (no SELECT INTO) are sent; anything else is refused before it reaches the server.</summary>
    public override string? RefuseQuery(string sql) => TSqlQueryCheck.Refusal(sql);

    // One transaction per script: a script that fails rolls back alone and the ones before it stay applied.
    public override UpgradeEngineBuilder CreateUpgradeBuilder() =>
        DeployChanges.To.SqlDatabase(_connectionString)
            .WithTransactionPerScript()
            .JournalToSqlTable("dbo", MigrationRunner.JournalTable)
            .WithExecutionTimeout(TimeSpan.FromSeconds(CommandTimeoutSeconds));

    public override TableWriter CreateTableWriter() => new SqlServerTableWriter(CommandTimeoutSeconds);
}
