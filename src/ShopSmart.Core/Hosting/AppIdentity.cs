namespace ShopSmart.Core.Hosting;

/// <summary>Which app is running (etl, modeling, excel-export, shopsmart); recorded in etl.job_run.app.</summary>
public sealed record AppIdentity(string Name);
