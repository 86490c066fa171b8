using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests.Support;

/// <summary>Reads small Markdown snippets for spec tests.</summary>
internal static class Md
{
    public static Document Read(string markdown, DiagnosticBag? diagnostics = null, ReaderOptions? options = null) =>
        MarkdownReader.Read(markdown, "test.md", null, diagnostics ?? new DiagnosticBag(), options);

    /// <summary>The dump of all blocks of the snippet.</summary>
    public static string Dump(string markdown, DiagnosticBag? diagnostics = null) => ModelDump.Blocks(Read(markdown, diagnostics).Blocks);

    /// <summary>The dump of the inlines of the snippet's only paragraph.</summary>
    public static string Inlines(string markdown, DiagnosticBag? diagnostics = null)
    {
        var document = Read(markdown, diagnostics);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        return ModelDump.Inlines(paragraph.Content);
    }

    public static IEnumerable<Diagnostic> Warnings(DiagnosticBag bag, string code) =>
        bag.Items.Where(d => d.Severity == Severity.Warning && d.Code == code);
}
