using System.Security.Cryptography;
using System.Text;
using DbUp.Engine;
using DbUp.Engine.Transactions;
using DbUp.Support;

namespace ShopSmart.Core.Migrations;

/// <summary>
/// The scripts of one dialect: <c>tables/</c> run once, in name order; <c>views/</c> run again whenever their
/// text changes, because each view script is journaled under its name plus a hash of its content; <c>derived/</c>
/// (rewriting tables that hold what a view computes) run again whenever their text or any view's text changes, as
/// their name carries a hash of both: a changed rule is recomputed at the next migrate, not at the next load.
/// </summary>
public sealed class MigrationScripts(string dialectFolder) : IScriptProvider
{
    public const string TablesFolder = "tables";
    public const string ViewsFolder = "views";
    public const string DerivedFolder = "derived";

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
        var views = Read(ViewsFolder).ToList();
        var runOnChange = views.Select(f => new SqlScript(
            $"{ViewsFolder}/{f.Name}@{ContentHash(f.Text)}", f.Text, new SqlScriptOptions { ScriptType = ScriptType.RunOnce, RunGroupOrder = 2 }));
        var allViews = string.Concat(views.Select(v => v.Text));
        var runOnRuleChange = Read(DerivedFolder).Select(f => new SqlScript(
            $"{DerivedFolder}/{f.Name}@{ContentHash(f.Text + allViews)}", f.Text, new SqlScriptOptions { ScriptType = ScriptType.RunOnce, RunGroupOrder = 3 }));
        return [.. runOnce, .. runOnChange, .. runOnRuleChange];
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
