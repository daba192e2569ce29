using ShopSmart.Core.Hosting;
using ShopSmart.ExcelExport.Commands;

return ShopSmartCli.Run(args, config =>
{
    config.AddCommand<ExportCommand>("export")
        .WithExample("export")
        .WithExample("export", "--output", "/srv/share/marketing/");
});
