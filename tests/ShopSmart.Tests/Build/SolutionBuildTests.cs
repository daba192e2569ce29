using System.Text.RegularExpressions;
using System.Xml.Linq;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Build;

/// <summary>
/// `dotnet test ShopSmart.sln` compiles only what the test project references, so CI would stay green on a broken
/// project it never builds. Every other project of the solution must be a reference of the test project.
/// </summary>
public sealed partial class SolutionBuildTests
{
    [Fact]
    public void Every_project_in_the_solution_is_built_by_the_test_command()
    {
        var solution = File.ReadAllText(Path.Combine(RepoPaths.Root, "ShopSmart.sln"));
        var projects = ProjectLine().Matches(solution)
            .Select(m => Normalise(m.Groups["path"].Value))
            .Where(p => !p.EndsWith("ShopSmart.Tests/ShopSmart.Tests.csproj", StringComparison.Ordinal))
            .ToList();

        var testProject = Path.Combine(RepoPaths.Root, "tests", "ShopSmart.Tests", "ShopSmart.Tests.csproj");
        var referenced = XDocument.Load(testProject).Descendants("ProjectReference")
            .Select(r => Normalise(Path.GetRelativePath(RepoPaths.Root,
                Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testProject)!, r.Attribute("Include")!.Value.Replace('\\', '/'))))))
            .ToHashSet();

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Contains(p, referenced));
    }

    private static string Normalise(string path) => path.Replace('\\', '/');

    [GeneratedRegex(@"^Project\(""\{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC\}""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
