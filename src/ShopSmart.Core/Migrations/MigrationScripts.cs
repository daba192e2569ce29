using System.Security.Cryptography;
using System.Text;
using DbUp.Engine;
using DbUp.Engine.Transactions;
using DbUp.Support;

namespace ShopSmart.Core.Migrations;

/// <summary>
/// The scripts of one dialect: <c>tables/</c> run once, in name order; <c>views/</c> run again whenever their
/// text changes, because each view script is journaled under its name plus a hash of its content.
/// </summary>
public sealed class MigrationScripts(string dialectFolder) : IScriptProvider
{
    public const string TablesFolder = "tables";
    public const string ViewsFolder = "views";

    public string DialectFolder { get; } = dialectFolder;

    public IEnumerable<SqlScript> GetScripts(IConnectionManager connectionManager) => Load();

    public IReadOnlyList<SqlScript> Load()
    {
        if (!Directory.Exists(DialectFolder))
        {
            throw new DirectoryNotFoundException($"Migration scripts folder not found: {DialectFolder}");
        }

        var runOnce = Read(TablesFolder).Select(f => new SqlScript(
            $"{TablesFolder}/{f.Name}", f.Text, new SqlScriptOptions { ScriptType = ScriptType.RunOnce, RunGroupOrder = 1 }));
        var runOnChange = Read(ViewsFolder).Select(f => new SqlScript(
            $"{ViewsFolder}/{f.Name}@{ContentHash(f.Text)}", f.Text, new SqlScriptOptions { ScriptType = ScriptType.RunOnce, RunGroupOrder = 2 }));
        return [.. runOnce, .. runOnChange];
    }

    /// <summary>First 12 hex digits of the SHA-256 of the script with line endings normalised.</summary>
    public static string ContentHash(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..12];
    }

    private IEnumerable<(string Name, string Text)> Read(string subFolder)
    {
        var folder = Path.Combine(DialectFolder, subFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.sql")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));
    }
}
