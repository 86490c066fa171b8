using System.Text;
using GoOverview.Markdown.Tests.Support;
using GoOverview.Markdown.Transforms;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Markdown.Tests;

/// <summary>The built-in sample (samples/go-overview.md) read into the model: the counts issue 2 fixes.</summary>
public sealed class SeedTests
{
    private static readonly DiagnosticBag SeedDiagnostics = new();
    private static readonly Document Seed = TestFiles.ReadSeed(SeedDiagnostics);

    [Fact]
    public void Has41HeadingsInOrder_1H1_4H2_28H3_8H4()
    {
        var headings = DocumentWalker.AllBlocks(Seed).OfType<Heading>().ToList();
        Assert.Equal(41, headings.Count);
        Assert.Equal(1, headings.Count(h => h.Level == 1));
        Assert.Equal(4, headings.Count(h => h.Level == 2));
        Assert.Equal(28, headings.Count(h => h.Level == 3));
        Assert.Equal(8, headings.Count(h => h.Level == 4));
        Assert.Equal("Golang概述", PlainText.Of(headings[0].Content));
        Assert.Equal(["一、Go", "二、Go应用领域", "三、Go语言适合做什么", "四、Go有什么优势"],
            headings.Where(h => h.Level == 2).Select(h => PlainText.Of(h.Content)));
        // document order: the H4s sit under "2.1 区块链的应用开发"
        Assert.Equal("1）区块链开发框架", PlainText.Of(headings.First(h => h.Level == 4).Content));
    }

    [Fact]
    public void HeadingIdsAreUniqueNonEmptyAndKeepChinese()
    {
        var ids = DocumentWalker.AllBlocks(Seed).OfType<Heading>().Select(h => h.Attr.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(@"^[\p{L}_][\p{L}\p{N}\-_]*$", id));
        Assert.Contains("golang概述", ids);
        Assert.Contains("h-3-1-网络编程", ids);
    }

    [Fact]
    public void HasExactlyFourKeyTermsWithTheirTexts()
    {
        var keyTerms = DocumentWalker.AllInlines(Seed).OfType<Span>().Where(KeyTerms.IsKeyTerm).ToList();
        Assert.Equal(["分布式账本", "去中心化、不可篡改、透明、安全和可编程性", "排序，推荐，搜索等", "负载均衡，cache，容错，按条件分流"],
            keyTerms.Select(s => PlainText.Of(s.Content)));
        Assert.All(keyTerms, s =>
        {
            Assert.Equal(RgbColor.Red, s.Style.Color);
            Assert.True(s.Style.Bold);
        });
    }

    [Fact]
    public void Has22StrongRunsAnd21Links()
    {
        var inlines = DocumentWalker.AllInlines(Seed).ToList();
        Assert.Equal(22, inlines.OfType<Strong>().Count());
        Assert.Equal(21, inlines.OfType<Link>().Count());
        Assert.All(inlines.OfType<Link>(), l => Assert.StartsWith("http", l.Url));
    }

    [Fact]
    public void WarnsExactlyForTheThreeEmptyLinksWithTheirLines()
    {
        var warnings = SeedDiagnostics.Items.Where(d => d.Severity >= Severity.Warning).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("empty-link", w.Code));
        Assert.Equal([161, 162, 163], warnings.Select(w => w.Location!.Line));
        Assert.All(warnings, w => Assert.Equal(TestFiles.SeedPath, w.Location!.File));
        var seedLines = File.ReadAllLines(TestFiles.SeedPath);
        Assert.All(warnings, w => Assert.Equal("- []()", seedLines[w.Location!.Line - 1]));
    }

    [Fact]
    public void EmptyLinkItemsAreDroppedFromTheirList()
    {
        var list = DocumentWalker.AllBlocks(Seed).OfType<BulletList>()
            .Single(l => l.Items.Any(i => PlainText.Of(i.Blocks[0]).Contains("CSDN博客_(csdn.net)") && PlainText.Of(i.Blocks[0]).StartsWith("Go语言真正有什么用处")));
        Assert.All(list.Items, item => Assert.NotEmpty(item.Blocks));
        Assert.Equal("Go语言真正有什么用处？ CSDN博客_(csdn.net)", PlainText.Of(list.Items[^1].Blocks[0]).Trim());
    }

    [Fact]
    public void TabAndFourSpaceIndentsBothNestTheFiveItemsUnderJianJieHeYiXue()
    {
        var item = DocumentWalker.AllBlocks(Seed).OfType<BulletList>().SelectMany(l => l.Items)
            .Single(i => i.Blocks.FirstOrDefault() is Paragraph p && PlainText.Of(p.Content) == "简洁和易学：");
        var nested = Assert.IsType<BulletList>(Assert.Single(item.Blocks.Skip(1)));
        Assert.Equal(5, nested.Items.Length);
        Assert.StartsWith("Go语法简单明了", PlainText.Of(nested.Items[0].Blocks[0]));
    }

    [Fact]
    public void MetadataTitleIsTheFirstH1AndLangDefaultsToZhCn()
    {
        Assert.Equal("Golang概述", Seed.Metadata.Title);
        Assert.Equal("zh-CN", Seed.Metadata.Lang);
    }

    [Fact]
    public void NoSoftBreakBetweenTwoCjkCharactersAnywhere()
    {
        foreach (var list in AllInlineLists(Seed))
        {
            for (var i = 1; i < list.Count - 1; i++)
            {
                if (list[i] is not SoftBreak) continue;
                var before = PlainText.Of(list.Take(i));
                var after = PlainText.Of(list.Skip(i + 1));
                Assert.False(before.Length > 0 && after.Length > 0
                    && CjkCharacters.IsCjk(Rune.GetRuneAt(before, before.Length - 1)) && CjkCharacters.IsCjk(Rune.GetRuneAt(after, 0)),
                    $"soft break between CJK characters: …{before[^Math.Min(5, before.Length)..]}|{after[..Math.Min(5, after.Length)]}…");
            }
        }
    }

    [Fact]
    public void EveryBlockHasASourceLocationInTheSeed()
    {
        Assert.All(DocumentWalker.AllBlocks(Seed), b =>
        {
            Assert.NotNull(b.Location);
            Assert.Equal(TestFiles.SeedPath, b.Location!.File);
            Assert.InRange(b.Location.Line, 1, 394);
        });
        var firstH3 = DocumentWalker.AllBlocks(Seed).OfType<Heading>().First(h => h.Level == 3);
        Assert.Equal(new SourceLocation(TestFiles.SeedPath, 13, 1), firstH3.Location);
    }

    [Fact]
    public void NoRawHtmlIsLeftInTheSeed()
    {
        Assert.Empty(DocumentWalker.AllInlines(Seed).OfType<RawInline>());
        Assert.Empty(DocumentWalker.AllBlocks(Seed).OfType<RawBlock>());
    }

    private static IEnumerable<IReadOnlyList<Inline>> AllInlineLists(Document document)
    {
        foreach (var list in DocumentWalker.AllBlocks(document).SelectMany(DocumentWalker.OwnInlines))
        {
            var stack = new Stack<IReadOnlyList<Inline>>();
            stack.Push(list);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;
                foreach (var inline in current)
                {
                    var children = DocumentWalker.ChildInlines(inline);
                    if (!children.IsDefaultOrEmpty) stack.Push(children);
                }
            }
        }
    }
}
