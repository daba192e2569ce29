using Microsoft.Extensions.Configuration;

namespace ShopSmart.Core.Configuration;

/// <summary>
/// Builds configuration with the usual .NET precedence: appsettings.json beside the app, then
/// appsettings.json in the working directory, then SHOPSMART_* environment variables, then command-line overrides.
/// </summary>
public static class ShopSmartConfiguration
{
    public const string EnvironmentPrefix = "SHOPSMART_";

    public static IConfigurationRoot Build(IDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides.Where(kv => kv.Value is not null));
        }

        return builder.Build();
    }

    public static WarehouseOptions BindWarehouse(IConfiguration configuration)
    {
        var options = new WarehouseOptions();
        configuration.GetSection(WarehouseOptions.SectionName).Bind(options);
        options.SqlServerConnectionString ??= configuration.GetConnectionString("SqlServer");
        return options;
    }
}
