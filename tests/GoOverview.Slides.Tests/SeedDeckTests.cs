using System.Text.RegularExpressions;
using GoOverview.Model;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>The seed deck, read back from the .pptx XML: titles, key terms, notes, links, numbers, properties.</summary>
public sealed class SeedDeckTests(ITestOutputHelper output)
{
    private static readonly Document Seed = TestFiles.ReadSeed();

    [Fact]
    public void EveryH2IsASectionSlideTitleAndEveryH3AndH4AContentSlideTitle()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        var titles = slides.Select(s => s.Title).ToList();
        foreach (var s in slides) output.WriteLine($"{s.Number}: {s.Title}");
        var headings = DocumentWalker.AllBlocks(Seed).OfType<Heading>().ToList();
        Assert.Equal(41, headings.Count);
        foreach (var h in headings.Where(h => h.Level >= 2))
        {
            var text = PlainText.Of(h.Content).Trim().TrimEnd('：');
            Assert.Contains(text, titles);
        }
        Assert.Contains("二、Go应用领域", titles);
        Assert.Equal("Golang概述", titles[0]);
    }

    [Fact]
    public void TheFourKeyTermsAreBoldAndRedInTheirSlides()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        string[] terms = ["分布式账本", "去中心化、不可篡改、透明、安全和可编程性", "排序，推荐，搜索等", "负载均衡，cache，容错，按条件分流"];
        foreach (var term in terms)
        {
            var slide = slides.First(s => s.Text.Contains(term, StringComparison.Ordinal));
            var redBold = slide.Runs.Where(r =>
                (string?)r.Element(SlideXmlView.A + "rPr")?.Attribute("b") == "1" &&
                (string?)r.Element(SlideXmlView.A + "rPr")?.Element(SlideXmlView.A + "solidFill")?.Element(SlideXmlView.A + "srgbClr")?.Attribute("val") == "FF0000");
            Assert.Equal(term, string.Concat(redBold.Select(r => r.Value)).Contains(term, StringComparison.Ordinal) ? term : string.Concat(redBold.Select(r => r.Value)));
        }
        var allRed = slides.SelectMany(s => s.Runs).Count(r => r.Descendants(SlideXmlView.A + "srgbClr").Any(c => (string?)c.Attribute("val") == "FF0000"));
        Assert.InRange(allRed, 4, 12); // the four terms, some split into Latin/Chinese runs — and nothing else is red
    }

    [Fact]
    public void EveryContentSlideHasNotesHoldingItsWholeSection()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        var plan = Decks.Seed.Plan;
        Assert.Equal(plan.Slides.Length, slides.Count);
        for (var i = 0; i < slides.Count; i++)
        {
            if (plan.Slides[i] is not ContentSlide content) continue;
            Assert.NotNull(slides[i].Notes);
            var notes = Squeeze(slides[i].NotesText);
            // every paragraph the slide shows is in its notes
            foreach (var paragraph in content.Body)
                Assert.Contains(Squeeze(paragraph.Text), notes);
        }
        // a section split over slides: the notes of each part hold the section's last item too
        var continued = slides.Where(s => s.Title.EndsWith("（续）", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continued);
        var scenes = slides.Where(s => s.Title.StartsWith("3）区块链应用场景探索", StringComparison.Ordinal)).ToList();
        Assert.True(scenes.Count >= 2);
        Assert.All(scenes, s => Assert.Contains("政务：政务信息", s.NotesText));
        Assert.All(scenes, s => Assert.Contains("支付和现金交易", s.NotesText));
    }

    [Fact]
    public void AllSectionTextReachesTheSlidesInOrder()
    {
        // Nothing is lost in splitting: the body text of the continued slides joined equals the notes' list items.
        var plan = Decks.Seed.Plan;
        var scenes = plan.Slides.OfType<ContentSlide>().Where(s => s.Title.StartsWith("3）区块链应用场景探索", StringComparison.Ordinal)).ToList();
        var shown = Squeeze(string.Concat(scenes.SelectMany(s => s.Body).Select(p => p.Text)));
        var source = Squeeze(string.Concat(scenes[0].Notes.Split('\n').Skip(1).Select(l => l.TrimStart('•', ' '))));
        Assert.Equal(source, shown);
    }

    [Fact]
    public void LinksAreClickableAndEmptyLinksAreDropped()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        var targets = slides.SelectMany(s => s.Part.HyperlinkRelationships).Select(r => r.Uri.ToString()).Distinct().ToList();
        Assert.Equal(21, targets.Count);
        Assert.Contains("https://www.php.cn/faq/468212.html", targets);
        foreach (var slide in slides)
            foreach (var click in slide.Root.Descendants(SlideXmlView.A + "hlinkClick"))
                Assert.Contains(slide.Part.HyperlinkRelationships, r => r.Id == (string?)click.Attribute(SlideXmlView.R + "id"));
        var refs = Decks.Seed.Plan.Slides.OfType<ContentSlide>().Where(s => s.Kind == ContentKind.References).ToList();
        Assert.Equal(4, refs.Count);
        Assert.All(refs.SelectMany(r => r.Body), p => Assert.NotEmpty(p.Text.Trim()));
    }

    [Fact]
    public void RunsNameLatinAndEastAsianFontsAndZhCnOnlyOnChineseText()
    {
        using var document = Decks.Seed.Open();
        var runs = SlideXmlView.All(document).SelectMany(s => s.Runs).ToList();
        Assert.All(runs, r =>
        {
            var rPr = r.Element(SlideXmlView.A + "rPr")!;
            Assert.Equal("Noto Sans SC", (string?)rPr.Element(SlideXmlView.A + "ea")?.Attribute("typeface"));
            Assert.NotNull(rPr.Element(SlideXmlView.A + "latin"));
            var hasHan = Regex.IsMatch(r.Value, @"\p{IsCJKUnifiedIdeographs}");
            var hasLatin = Regex.IsMatch(r.Value, "[A-Za-z]");
            if (hasLatin && !hasHan) Assert.Equal("en-US", (string?)rPr.Attribute("lang"));
            if (hasHan) Assert.Equal("zh-CN", (string?)rPr.Attribute("lang"));
        });
        var paragraphs = SlideXmlView.All(document).SelectMany(s => s.Root.Descendants(SlideXmlView.A + "pPr")).Where(p => p.Attribute("eaLnBrk") is not null).ToList();
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Equal(("1", "0", "1"), ((string)p.Attribute("eaLnBrk")!, (string)p.Attribute("latinLnBrk")!, (string)p.Attribute("hangingPunct")!)));
    }

    [Fact]
    public void SlidesAfterTheFirstShowTheirNumberInAFieldAndCorePropertiesAreSet()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        foreach (var slide in slides.Skip(1))
        {
            var field = slide.Root.Descendants(SlideXmlView.A + "fld").Single();
            Assert.Equal("slidenum", (string?)field.Attribute("type"));
            Assert.Equal(slide.Number.ToString(), field.Value);
        }
        Assert.Equal("Golang概述", document.PackageProperties.Title);
        Assert.Equal(Decks.Timestamp.UtcDateTime, document.PackageProperties.Modified!.Value.ToUniversalTime());
        Assert.False(string.IsNullOrEmpty(document.PackageProperties.Creator));
    }

    [Fact]
    public void WritingTwiceGivesTheSameBytes()
    {
        var again = Decks.Write(Seed, "again");
        Assert.Equal(Decks.Seed.Bytes, again.Bytes);
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", "");
}
