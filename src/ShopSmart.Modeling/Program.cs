using ShopSmart.Core.Hosting;
using ShopSmart.Modeling.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<TrainCommand>("train")
        .WithExample("train")
        .WithExample("train", "--horizon", "60", "--product", "85123A");
});
