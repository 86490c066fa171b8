using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.TestSupport;

/// <summary>tests/code-samples/code-blocks.md: Go, shell, SQL, Java, JSON, YAML, a 200-column line, numbered lines.</summary>
public static class CodeSamples
{
    public static string Path => System.IO.Path.Combine(TestFiles.RepoRoot, "tests", "code-samples", "code-blocks.md");

    public static Document Read(DiagnosticBag? diagnostics = null) =>
        GoOverview.Markdown.MarkdownReader.Read(File.ReadAllText(Path), Path, System.IO.Path.GetDirectoryName(Path), diagnostics ?? new DiagnosticBag());

    /// <summary>The first Go block of the samples, alone in a document.</summary>
    public static Document GoBlockOnly(DiagnosticBag? diagnostics = null)
    {
        var go = Read().Blocks.OfType<CodeBlock>().First(c => c.Language == "go");
        return TestFiles.Read("```go\n" + go.Text + "```\n", diagnostics);
    }

    public static IEnumerable<CodeBlock> CodeBlocks(Document document) => DocumentWalker.AllBlocks(document).OfType<CodeBlock>();

    /// <summary>The characters that must survive any export: everything but whitespace.</summary>
    public static string Ink(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
