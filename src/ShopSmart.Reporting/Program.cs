using ShopSmart.Core.Hosting;

// The report app (HTML, Jupyter notebook, Word; English and French) is being built under its issue.
return ShopSmartCli.Run(args, _ => { });
