using System.Reflection;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// Which app is running: the program's file name (shopsmart, shopsmart-etl, shopsmart-modeling,
/// shopsmart-excel-export, shopsmart-report) and its version. The name is the one in usage lines and examples and
/// the one recorded in etl.job_run.app.
/// </summary>
public sealed record AppIdentity(string Name, string Version = "")
{
    /// <summary>
    /// The running program, named after its entry assembly (the project's AssemblyName), so the name a user types,
    /// the one help prints and the one etl.job_run stores cannot drift apart.
    /// </summary>
    public static AppIdentity FromEntryAssembly()
    {
        var assembly = Assembly.GetEntryAssembly() ?? typeof(AppIdentity).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? string.Empty;
        return new AppIdentity(assembly.GetName().Name ?? "shopsmart", version);
    }
}
