using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<LoadCommand>("load")
        .WithExample("load", "data/online_retail_sample.csv.gz")
        .WithExample("load", "\"Online Retail.xlsx\"", "--force");
});
