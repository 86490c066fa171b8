using System.Xml.Linq;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// The dependency map of README's "Layout" section, checked on the project files: a writer depends on Model, Export,
/// Fonts, Layout and Rendering only — never on another writer, never on the Markdown reader, Markdig or the HTML parser.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Writers = ["GoOverview.Pdf", "GoOverview.Word", "GoOverview.Epub", "GoOverview.Slides"];
    private static readonly string[] Shared = ["GoOverview.Model", "GoOverview.Export", "GoOverview.Fonts", "GoOverview.Layout", "GoOverview.Rendering", "GoOverview.Formulas"];

    public static TheoryData<string> WriterProjects => new(Writers);

    [Theory]
    [MemberData(nameof(WriterProjects))]
    public void A_writer_references_only_the_shared_projects_and_no_markdown_parser(string writer)
    {
        var (projects, packages) = References(writer);

        Assert.All(projects, p => Assert.True(Shared.Contains(p), $"{writer} references {p}; a writer may reference only {string.Join(", ", Shared)}"));
        Assert.DoesNotContain("Markdig", packages);
        Assert.DoesNotContain("AngleSharp", packages); // writers never see HTML: the reader parses it
    }

    [Fact]
    public void No_shared_project_references_a_writer_or_the_cli()
    {
        foreach (var project in Shared)
        {
            var (projects, packages) = References(project);
            Assert.All(projects, p => Assert.True(Shared.Contains(p), $"{project} references {p}"));
            Assert.DoesNotContain("AngleSharp", packages);
        }
    }

    [Fact]
    public void The_check_sees_a_writer_that_references_another_writer()
    {
        var csproj = XDocument.Parse("""<Project><ItemGroup><ProjectReference Include="../GoOverview.Pdf/GoOverview.Pdf.csproj" /></ItemGroup></Project>""");

        Assert.Equal(["GoOverview.Pdf"], ProjectNames(csproj));
    }

    private static (List<string> Projects, List<string> Packages) References(string project)
    {
        var csproj = XDocument.Load(Path.Combine(TestFiles.RepoRoot, "src", project, project + ".csproj"));
        var packages = csproj.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include") ?? "").ToList();
        return (ProjectNames(csproj), packages);
    }

    private static List<string> ProjectNames(XDocument csproj) =>
        csproj.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension((string?)e.Attribute("Include") ?? "")).ToList();
}
