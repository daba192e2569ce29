using Dapper;
using Microsoft.Data.SqlClient;
using ShopSmart.Core.Engines;

namespace ShopSmart.Tests.Support.Engines;

/// <summary>
/// SQL Server, when <c>SHOPSMART_SQLSERVER</c> holds a connection string (scripts/sqlserver-tests.sh starts one in a
/// container): each warehouse is a new database <c>shopsmart_test_*</c> on that server, migrated, and dropped when the
/// test ends, so the login needs to create databases (sa or dbcreator; never point it at production). Without the
/// variable every test on this engine reports itself skipped with the reason.
/// </summary>
public sealed class SqlServerTestEngine : TestEngine
{
    public const string Variable = "SHOPSMART_SQLSERVER";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public override string Name => "SQL Server";

    public override string? SkipReason => ConnectionString is null
        ? $"SQL Server suite skipped: {Variable} is not set (docs/sqlserver.md: scripts/sqlserver-tests.sh runs it against SQL Server in a container)"
        : null;

    public override TestWarehouse CreateWarehouse(bool migrate = true)
    {
        var server = new SqlConnectionStringBuilder(ConnectionString);
        var database = $"shopsmart_test_{Guid.NewGuid():N}"[..31];
        using (var master = Master(server))
        {
            master.Execute($"CREATE DATABASE [{database}]");
        }

        var connectionString = new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = database }.ConnectionString;
        var engine = new SqlServerEngine(connectionString, 600);
        if (migrate)
        {
            TestMigration.Apply(engine);
        }

        return new TestWarehouse(engine, ["--engine", "SqlServer", "--connection", connectionString], () => Drop(server, database));
    }

    /// <summary>A login in the test database, member of one role, with its own connection string.</summary>
    public static string AddLogin(TestWarehouse warehouse, string role)
    {
        var server = new SqlConnectionStringBuilder(ConnectionString);
        var database = ((SqlServerEngine)warehouse.Engine).Database;
        var login = $"{database}_{role}"[..Math.Min(128, database.Length + role.Length + 1)];
        var password = $"Pw1!{Guid.NewGuid():N}";
        using (var master = Master(server))
        {
            master.Execute($"CREATE LOGIN [{login}] WITH PASSWORD = '{password}', CHECK_POLICY = OFF");
        }

        using (var connection = warehouse.Open())
        {
            connection.Execute($"CREATE USER [{login}] FOR LOGIN [{login}]; ALTER ROLE [{role}] ADD MEMBER [{login}];");
        }

        return new SqlConnectionStringBuilder(server.ConnectionString)
        {
            InitialCatalog = database,
            IntegratedSecurity = false,
            UserID = login,
            Password = password,
        }.ConnectionString;
    }

    private static SqlConnection Master(SqlConnectionStringBuilder server)
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = "master" }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Drop(SqlConnectionStringBuilder server, string database)
    {
        SqlConnection.ClearAllPools();
        using var master = Master(server);
        foreach (var login in master.Query<string>("SELECT name FROM sys.server_principals WHERE name LIKE @prefix", new { prefix = database + "[_]%" }))
        {
            master.Execute($"DROP LOGIN [{login}]");
        }

        master.Execute($"ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}];");
    }
}
