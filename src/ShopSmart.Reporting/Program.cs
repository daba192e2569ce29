using ShopSmart.Core.Hosting;
using ShopSmart.Reporting.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<ReportCommand>("report")
        .WithExample("report")
        .WithExample("report", "--culture", "fr-FR", "--output", "out/rapport");
});
