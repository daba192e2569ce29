using ShopSmart.Core.Hosting;

// The modelling app (segments, propensity, CLV, baskets) is not built yet: no issue for it is open.
// It already shares the warehouse plumbing, so a scheduler can call `shopsmart-modeling migrate`.
return ShopSmartCli.Run(args, _ => { });
