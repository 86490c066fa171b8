using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using GoOverview.Markdown.Html;
using GoOverview.Markdown.Tests.Support;
using GoOverview.Markdown.Transforms;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>
/// Random hostile Markdown (with random inline HTML) always reads into a sound model: no exception, no internal
/// placeholder left, tables rectangular, heading ids unique, every block located. GOOVERVIEW_FUZZ_CASES sets the
/// count (default 1,000).
/// </summary>
public sealed partial class FuzzTests
{
    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("GOOVERVIEW_FUZZ_CASES"), out var n) && n > 0 ? n : 1000;

    [Fact]
    public void RandomDocumentsReadIntoASoundModel() =>
        RandomMarkdown.Document.Sample(CheckDocument, iter: Cases, threads: 1, print: md => md);

    private static void CheckDocument(string markdown)
    {
        var bag = new DiagnosticBag();
        var document = MarkdownReader.Read(markdown, "fuzz.md", null, bag);
        var lineCount = markdown.Count(c => c == '\n') + markdown.Count(c => c == '\r') + 1;

        var blocks = DocumentWalker.AllBlocks(document).ToList();
        Assert.All(blocks, b => Assert.InRange(b.Location?.Line ?? -1, 1, lineCount));
        var ids = blocks.OfType<Heading>().Select(h => h.Attr.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.All(blocks.OfType<Table>(), t =>
        {
            Assert.Equal(t.Alignments.Length, t.Header.Cells.Length);
            Assert.All(t.Rows, r => Assert.Equal(t.Alignments.Length, r.Cells.Length));
        });

        var inlines = DocumentWalker.AllInlines(document).ToList();
        Assert.DoesNotContain(inlines, i => i is HtmlTagMarker);
        Assert.DoesNotContain(inlines, i => i is Text { Value.Length: 0 });
        foreach (var list in blocks.SelectMany(DocumentWalker.OwnInlines))
            CheckList(list);

        Assert.All(bag.Items, d => Assert.Equal("fuzz.md", d.Location?.File ?? "fuzz.md"));
        using var json = new MemoryStream();
        ModelJson.Write(document, json);
        Assert.True(json.Length > 0);
    }

    /// <summary>No two adjacent Text nodes, no soft break between two CJK characters (recursively).</summary>
    private static void CheckList(IReadOnlyList<Inline> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) Assert.False(list[i] is Text && list[i - 1] is Text, "adjacent Text nodes");
            if (list[i] is SoftBreak && list[i - (i > 0 ? 1 : 0)] is Text { Value: var before } && i + 1 < list.Count && list[i + 1] is Text { Value: var after }
                && before.Length > 0 && after.Length > 0)
            {
                var last = Rune.DecodeLastFromUtf16(before, out var r1, out _) == System.Buffers.OperationStatus.Done ? r1 : Rune.ReplacementChar;
                var first = Rune.DecodeFromUtf16(after, out var r2, out _) == System.Buffers.OperationStatus.Done ? r2 : Rune.ReplacementChar;
                Assert.False(CjkCharacters.IsCjk(last) && CjkCharacters.IsCjk(first), "soft break between CJK characters");
            }
            var children = DocumentWalker.ChildInlines(list[i]);
            if (!children.IsDefaultOrEmpty) CheckList(children);
        }
    }

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}\p{M}\-_\uD800-\uDFFF]*$")]
    private static partial Regex IdPattern();
}
