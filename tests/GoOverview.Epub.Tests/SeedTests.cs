using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.Model;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Epub.Tests;

/// <summary>The seed (samples/go-overview.md) through the real reader into an EPUB, built once for the class.</summary>
public sealed class SeedBook
{
    public Document Document { get; } = TestFiles.ReadSeed();

    internal EpubBuild Book { get; }

    public SeedBook() => Book = EpubBuild.Of(Document);
}

public sealed class SeedTests(SeedBook seed) : IClassFixture<SeedBook>
{
    private static readonly XNamespace X = EpubBuild.Xhtml;
    private static readonly XNamespace Ops = EpubBuild.Ops;

    [ToolFact("epubcheck", "java")]
    public void Seed_PassesEpubcheckWithoutErrorsOrWarnings() => Assert.Empty(Epubcheck.Problems(seed.Book.FilePath));

    [Fact]
    public void Seed_IsAtMost700KB_WithRegularAndBoldEmbedded()
    {
        Assert.True(seed.Book.Bytes.Length <= 700 * 1024, $"seed EPUB is {seed.Book.Bytes.Length / 1024} KB");
        Assert.Contains("EPUB/fonts/NotoSansSC-Regular.ttf", seed.Book.EntryNames);
        Assert.Contains("EPUB/fonts/NotoSansSC-Bold.ttf", seed.Book.EntryNames);
    }

    [ToolFact("pandoc")]
    public void Pandoc_ReadsBackAllSeedText_AndTheTitleOnce()
    {
        var plain = ReadBack.PandocPlain(seed.Book.FilePath);
        var squeezed = ReadBack.Squeeze(plain);
        var missing = ReadBack.SourceTexts(seed.Document).Where(t => !squeezed.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(plain, "Golang概述"));
    }

    [Fact]
    public void TheFourKeyTerms_SitInKeyTermSpans()
    {
        var expected = DocumentWalker.AllInlines(seed.Document).OfType<Span>().Where(KeyTerms.IsKeyTerm).Select(s => PlainText.Of(s.Content)).ToList();
        Assert.Equal(4, expected.Count);
        var actual = seed.Book.ChapterEntries.SelectMany(c => seed.Book.Xml(c).Descendants(X + "span"))
            .Where(s => (string?)s.Attribute("class") == "key-term").Select(s => s.Value).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Nav_MirrorsTheSeedHeadingTree()
    {
        var nav = seed.Book.Xml("EPUB/text/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "toc");
        var entries = new List<(int Depth, string Text)>();
        void Walk(XElement ol, int depth)
        {
            foreach (var li in ol.Elements(X + "li"))
            {
                entries.Add((depth, li.Element(X + "a")!.Value));
                if (li.Element(X + "ol") is { } sub) Walk(sub, depth + 1);
            }
        }
        Walk(nav.Element(X + "ol")!, 1);
        var headings = seed.Document.Blocks.OfType<Heading>().Select(h => (h.Level, PlainText.Of(h.Content).Trim())).ToList();
        Assert.Equal(headings, entries);
        Assert.Equal([1, 4, 28, 8], Enumerable.Range(1, 4).Select(l => entries.Count(e => e.Depth == l)));
    }

    [Fact]
    public void Seed_IsSplitIntoChaptersAtH2_AndTheTitleIsAHeadingOnce()
    {
        var spine = seed.Book.SpineDocuments();
        Assert.Equal(7, spine.Count); // cover, title page, introduction, four H2 chapters
        var titled = spine.SelectMany(s => seed.Book.Xml(s).Descendants()).Count(e => e.Name.LocalName is "h1" or "h2" && e.Value.Replace("\u2005", "") == "Golang概述"); // the title carries the CJK–Latin quarter em
        Assert.Equal(1, titled);
    }

    [Fact]
    public void EmbeddedSubsets_CoverEverySeedCharacter() => FontSubsetTests.AssertCovered(seed.Book);

    [Fact]
    public void TwoSeedBuilds_AreByteIdentical()
    {
        using var fonts = Fonts.FontLibrary.LoadBundled();
        Assert.Equal(seed.Book.Bytes, EpubBuild.Of(TestFiles.ReadSeed(), fonts: fonts).Bytes);
    }
}
