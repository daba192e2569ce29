using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Engines;
using Spectre.Console;

namespace ShopSmart.Core.Hosting;

/// <summary>What a command's body works with: the warehouse, the configuration, the console and its run id.</summary>
public sealed record RunContext(WarehouseEngine Engine, IConfiguration Configuration, IAnsiConsole Console, long? JobRunId);
