using ShopSmart.Cli.Commands;
using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<RunCommand>("run").WithExample("run").WithExample("run", "--data", "\"Online Retail.xlsx\"");
    config.AddCommand<LoadCommand>("load");
    config.AddCommand<UnloadCommand>("unload");
    config.AddCommand<SqlCommand>("sql")
        .WithExample("sql", "--list")
        .WithExample("sql", "--view", "v_sales_monthly")
        .WithExample("sql", "\"SELECT country_name, net_revenue FROM mart.v_sales_by_country ORDER BY 2 DESC LIMIT 5\"", "--format", "csv");
});
