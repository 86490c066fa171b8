using System.IO.Compression;
using System.Text.RegularExpressions;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>The library as a NuGet user gets it: pack every library project, then build and run the README's example
/// in a fresh project that references only the GoOverview.Exporter package.</summary>
public sealed class PackageConsumerTests
{
    private static readonly string[] Libraries =
        ["Model", "Formulas", "Markdown", "Layout", "Fonts", "Rendering", "Export", "Pdf", "Word", "Epub", "Slides", "Exporter"];

    [Fact]
    public void Readme_example_builds_against_the_packed_packages_and_writes_all_four_formats()
    {
        var work = TestFiles.NewTempDirectory();
        var feed = Path.Combine(work, "feed");
        // A version of its own, so the user's package cache never serves a stale build of ours.
        var version = "0.2.0-test." + Guid.NewGuid().ToString("N")[..12];
        try
        {
            foreach (var library in Libraries)
            {
                var project = Path.Combine(TestFiles.RepoRoot, "src", "GoOverview." + library, "GoOverview." + library + ".csproj");
                var pack = ExternalTool.Run("dotnet", ["pack", project, "-c", "Release", "--no-build", "-o", feed, "-p:Version=" + version, "-p:NuGetAudit=false"], TimeSpan.FromMinutes(5));
                Assert.True(pack.ExitCode == 0, pack.ToString());
            }
            var exporter = Path.Combine(feed, $"GoOverview.Exporter.{version}.nupkg");
            using (var package = ZipFile.OpenRead(exporter))
                Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/GoOverview.Exporter.xml");
            using (var fonts = ZipFile.OpenRead(Path.Combine(feed, $"GoOverview.Fonts.{version}.nupkg")))
                Assert.Contains(fonts.Entries, e => e.FullName == "contentFiles/any/any/fonts/NotoSansSC-Regular.ttf");

            var app = Path.Combine(work, "app");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="GoOverview.Exporter" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="gooverview-test-feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), ReadmeExample());

            // The developer's package cache already holds every dependency: restoring into the private HOME would copy
            // 1.7 GB per run. Our own packages carry a unique version and are removed from the cache afterwards.
            var cache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageCache() };
            var build = ExternalTool.Run("dotnet", ["build", "-c", "Release", "-o", Path.Combine(app, "bin-out")], TimeSpan.FromMinutes(10), app, cache);
            Assert.True(build.ExitCode == 0, build.ToString());
            var run = ExternalTool.Run("dotnet", [Path.Combine(app, "bin-out", "Consumer.dll")], TimeSpan.FromMinutes(3), app);
            Assert.True(run.ExitCode == 0, run.ToString());

            foreach (var format in new[] { "pdf", "docx", "epub", "pptx" })
                Assert.True(new FileInfo(Path.Combine(app, "notes." + format)).Length > 1000, $"notes.{format} is missing or empty");
            using var docx = ZipFile.OpenRead(Path.Combine(app, "notes.docx"));
            var body = new StreamReader(docx.GetEntry("word/document.xml")!.Open()).ReadToEnd();
            Assert.Contains("goroutine", body);
            Assert.Contains("w:rStyle w:val=\"KeyTerm\"", body); // the red-bold key term survived
        }
        finally
        {
            RemoveFromPackageCache(version);
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The C# block between the README's library-example markers.</summary>
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepoRoot, "README.md"));
        var match = Regex.Match(readme, "<!-- library-example -->\\s*```csharp\\n(.*?)```\\s*<!-- /library-example -->", RegexOptions.Singleline);
        Assert.True(match.Success, "README.md must keep the library example between its markers");
        return match.Groups[1].Value;
    }

    private static string PackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void RemoveFromPackageCache(string version)
    {
        var cache = PackageCache();
        foreach (var library in Libraries)
        {
            var folder = Path.Combine(cache, "gooverview." + library.ToLowerInvariant(), version);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
