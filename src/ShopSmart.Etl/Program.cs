using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<LoadCommand>("load")
        .WithExample("load", "data/online_retail_sample.csv.gz")
        .WithExample("load", "\"Online Retail.xlsx\"", "--force");
    config.AddCommand<UnloadCommand>("unload")
        .WithExample("unload", "1")
        .WithExample("unload", "data/online_retail_sample.csv.gz");
});
