using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.TestSupport;

/// <summary>Paths and documents the tests share.</summary>
public static class TestFiles
{
    /// <summary>The repository root (the folder holding GoOverview.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "GoOverview.sln"))) return dir.FullName;
            throw new InvalidOperationException("GoOverview.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedPath => Path.Combine(RepoRoot, "samples", "go-overview.md");

    /// <summary>Parses the seed (samples/go-overview.md) with its own diagnostics bag.</summary>
    public static Document ReadSeed(DiagnosticBag? diagnostics = null) =>
        MarkdownReader.Read(File.ReadAllText(SeedPath), SeedPath, Path.GetDirectoryName(SeedPath), diagnostics ?? new DiagnosticBag());

    /// <summary>Parses Markdown given inline (for small test documents).</summary>
    public static Document Read(string markdown, DiagnosticBag? diagnostics = null, string? baseDirectory = null) =>
        MarkdownReader.Read(markdown, "test.md", baseDirectory, diagnostics ?? new DiagnosticBag());

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string NewTempDirectory(string prefix = "gooverview-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
