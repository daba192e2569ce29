using ShopSmart.Core.Hosting;

// The Excel export app (marketing workbooks with native charts) is not built yet: no issue for it is open.
// It already shares the warehouse plumbing, so a scheduler can call `shopsmart-excel-export migrate`.
return ShopSmartCli.Run(args, _ => { });
