using ShopSmart.Cli.Commands;
using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<RunCommand>("run").WithExample("run").WithExample("run", "--data", "\"Online Retail.xlsx\"");
    config.AddCommand<LoadCommand>("load");
});
