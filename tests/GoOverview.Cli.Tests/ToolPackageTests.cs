using System.IO.Compression;
using System.Xml.Linq;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// The dotnet tool as a user installs it: `build.ps1 pack` makes the pointer package GoOverview and this machine's
/// native-AOT package GoOverview.linux-x64; `dotnet tool install --tool-path` (fresh folder, private HOME, only the
/// feed as source) must install the AOT executable and it must write documents. Packing native AOT takes minutes,
/// so the tests do not pack: GOOVERVIEW_TOOL_FEED names the folder (.ci/run packs right after `build.ps1 publish`,
/// which the AOT pack reuses, and sets it). Without the variable the tests are skipped.
/// </summary>
public sealed class ToolPackageTests
{
    private const string FeedVariable = "GOOVERVIEW_TOOL_FEED";
    private const string HostRid = "linux-x64";
    private static readonly string[] ListedRids = ["linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64"];

    [ToolFeedFact]
    public void Pointer_package_lists_every_platform_and_holds_no_program()
    {
        using var pointer = ZipFile.OpenRead(Package("GoOverview"));
        Assert.Equal("DotnetTool", PackageType(pointer));
        var settings = Xml(pointer, "tools/any/any/DotnetToolSettings.xml");
        var packages = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => (string)p.Attribute("RuntimeIdentifier")!, p => (string)p.Attribute("Id")!);
        Assert.Equal(ListedRids.Order(), packages.Keys.Order());
        Assert.All(packages, p => Assert.Equal("GoOverview." + p.Key, p.Value));
        Assert.DoesNotContain(pointer.Entries, e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && !e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
    }

    [ToolFeedFact]
    public void Linux_x64_package_holds_the_native_executable_with_its_natives_fonts_and_templates()
    {
        using var package = ZipFile.OpenRead(Package("GoOverview." + HostRid));
        Assert.Equal("DotnetToolRidPackage", PackageType(package));
        const string root = "tools/any/" + HostRid + "/";
        var command = Xml(package, root + "DotnetToolSettings.xml").Descendants("Command").Single();
        Assert.Equal("executable", (string?)command.Attribute("Runner"));
        Assert.Equal("gooverview", (string?)command.Attribute("EntryPoint"));
        var files = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToList();
        Assert.All(files, f => Assert.StartsWith(root, f));
        foreach (var expected in new[] { "gooverview", "libSkiaSharp.so", "libHarfBuzzSharp.so", "libonigwrap.so",
                     "fonts/NotoSansSC-Regular.ttf", "templates/reference.docx", "templates/epub/epub.css" })
            Assert.Contains(root + expected, files);
        // native AOT: no managed assembly, no runtime configuration, no debug files
        Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".deps.json", StringComparison.Ordinal) || f.EndsWith(".runtimeconfig.json", StringComparison.Ordinal)
            || f.EndsWith(".pdb", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));
    }

    [ToolFeedFact]
    public void Dotnet_tool_install_into_a_fresh_folder_gives_the_native_executable_and_it_writes_pdf_and_docx()
    {
        var work = TestFiles.NewTempDirectory("gooverview-tool");
        try
        {
            var config = Path.Combine(work, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="gooverview-artifacts" value="{Feed()}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(work, "tools");
            var install = ExternalTool.Run("dotnet", ["tool", "install", "--tool-path", tools, "GoOverview", "--configfile", config],
                TimeSpan.FromMinutes(3), work, QuietDotnet());
            Assert.True(install.ExitCode == 0, install.ToString());

            var command = Path.Combine(tools, "gooverview");
            var executable = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
            var folder = Path.GetDirectoryName(executable)!;
            Assert.Equal(HostRid, Path.GetFileName(folder));
            Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(executable)[..4]);
            Assert.Empty(Directory.GetFiles(folder, "*.dll", SearchOption.AllDirectories));
            Assert.False(File.Exists(Path.Combine(folder, "gooverview.runtimeconfig.json")), "a JIT build was installed");
            var published = Environment.GetEnvironmentVariable("GOOVERVIEW_AOT_EXE");
            if (!string.IsNullOrEmpty(published))
                Assert.True(File.ReadAllBytes(published).AsSpan().SequenceEqual(File.ReadAllBytes(executable)),
                    "the tool's executable differs from the one `build.ps1 publish` made");

            var run = ExternalTool.Run(command, ["build", "--sample", "--to", "pdf,docx", "-o", "out/"], TimeSpan.FromMinutes(3), work);
            Assert.True(run.ExitCode == 0, run.ToString());
            var pdf = Path.Combine(work, "out", "go-overview.pdf");
            Assert.True(new FileInfo(pdf).Length > 10_000, run.ToString());
            Assert.True(new FileInfo(Path.Combine(work, "out", "go-overview.docx")).Length > 10_000, run.ToString());
            Assert.Contains(PdfFonts.Names(pdf), name => name.Contains("NotoSansSC", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Dictionary<string, string> QuietDotnet() => new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    private static string Feed()
    {
        var feed = Environment.GetEnvironmentVariable(FeedVariable)!;
        Assert.True(Directory.Exists(feed), $"{FeedVariable}={feed} names no folder: make it with `build.ps1 pack`");
        return Path.GetFullPath(feed);
    }

    private static string Package(string id)
    {
        var packages = Directory.GetFiles(Feed(), id + ".*.nupkg")
            .Where(p => char.IsDigit(Path.GetFileName(p)[(id.Length + 1)..][0])).ToList();
        return Assert.Single(packages);
    }

    private static string PackageType(ZipArchive package)
    {
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return (string)nuspec.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!;
    }

    private static XDocument Xml(ZipArchive package, string entry)
    {
        var found = package.GetEntry(entry);
        Assert.True(found is not null, $"the package has no {entry}");
        using var stream = found.Open();
        return XDocument.Load(stream);
    }

    internal static string? SkipReason =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(FeedVariable))
            ? $"{FeedVariable} is not set (packing the native-AOT tool takes minutes; .ci/run packs it and sets the variable)"
            : null;
}

/// <summary>A fact that needs the packed tool packages (<see cref="ToolPackageTests"/>).</summary>
public sealed class ToolFeedFactAttribute : FactAttribute
{
    public ToolFeedFactAttribute() => Skip = ToolPackageTests.SkipReason;
}
