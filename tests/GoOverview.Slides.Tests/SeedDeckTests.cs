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
    public void EveryH2IsADividerAndEveryH3AContentSlideTitleWhileH4sAreSubheadingsOnTheirH3Slides()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        var titles = slides.Select(s => s.Title).ToList();
        foreach (var s in slides) output.WriteLine($"{s.Number}: {s.Title}");
        var headings = DocumentWalker.AllBlocks(Seed).OfType<Heading>().ToList();
        Assert.Equal(41, headings.Count);
        var plan = Decks.Seed.Plan;
        foreach (var h in headings.Where(h => h.Level is 2 or 3))
        {
            var title = PlainText.Of(h.Content).Trim().TrimEnd('：');
            Assert.Contains(h.Level == 2 ? SectionOrdinal.Strip(title) : title, titles); // dividers show their own number
        }
        foreach (var h in headings.Where(h => h.Level == 4))
        {
            var text = PlainText.Of(h.Content).Trim().TrimEnd('：');
            var slide = plan.Slides.OfType<ContentSlide>().Single(s => s.Body.Any(p => p.Text == text));
            var subheading = slide.Body.First(p => p.Text == text);
            Assert.True(subheading.Runs.All(r => r.Style.Bold) && subheading.KeepWithNext, text);
            Assert.NotEqual(slide.Body[^1], subheading); // never the last line of a slide
            Assert.StartsWith("2.", slide.Title, StringComparison.Ordinal);
        }
        Assert.Equal("Golang概述", titles[0]);
        // The divider shows its own number (01 …), so the heading's "一、" is not repeated.
        Assert.Equal(["Go", "Go应用领域", "Go语言适合做什么", "Go有什么优势"], plan.Slides.OfType<SectionSlide>().Select(s => s.Title));
        Assert.Equal([1, 2, 3, 4], plan.Slides.OfType<SectionSlide>().Select(s => s.Number));
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
    public void EveryContentSlideHasNotesHoldingItsOwnSourceTextOnly()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        var plan = Decks.Seed.Plan;
        Assert.Equal(plan.Slides.Length, slides.Count);
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < slides.Count; i++)
        {
            if (plan.Slides[i] is not ContentSlide { Kind: ContentKind.Body } content) continue;
            Assert.NotNull(slides[i].Notes);
            var notes = Normalise(slides[i].NotesText);
            // every bullet the slide shows was condensed from its notes
            foreach (var paragraph in content.Body.Concat(content.RightColumn))
                Assert.Contains(Normalise(paragraph.Text).TrimEnd('…'), notes);
            // and no notes line belongs to another slide too (the old notes repeated whole sections)
            foreach (var line in slides[i].NotesText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 8))
            {
                Assert.False(seen.TryGetValue(line, out var other), $"slide {i + 1} repeats the notes of slide {other}: {line}");
                seen[line] = i + 1;
            }
            Assert.True(slides[i].NotesText.Length < 3000, $"slide {i + 1}: {slides[i].NotesText.Length} characters of notes");
        }
    }

    [Fact]
    public void TheNotesTogetherHoldEveryParagraphOfTheSource()
    {
        var notes = Normalise(string.Concat(Decks.Seed.Plan.Slides.Select(s => s switch { ContentSlide c => c.Notes, _ => "" })));
        var texts = DocumentWalker.AllBlocks(Seed).OfType<Paragraph>().Select(p => PlainText.Of(p.Content)).Where(t => t.Trim().Length > 0).ToList();
        Assert.True(texts.Count > 100);
        Assert.All(texts, t => Assert.Contains(Normalise(t), notes));
    }

    [Fact]
    public void ALongListOfLeadInsShowsTheLeadInsInBoldWithTheFullTextInTheNotes()
    {
        var plan = Decks.Seed.Plan;
        var scenes = plan.Slides.OfType<ContentSlide>().Where(s => s.Title.StartsWith("2.1 ", StringComparison.Ordinal)).ToList();
        var shown = scenes.SelectMany(s => s.Body.Concat(s.RightColumn)).ToList();
        var bank = Assert.Single(shown, p => p.Text == "银行业");
        Assert.All(bank.Runs, r => Assert.True(r.Style.Bold));
        var notes = string.Concat(scenes.Select(s => s.Notes));
        Assert.Contains("银行业：本质上来说，银行是一个安全的存储仓库", notes);
        Assert.Contains(scenes, s => !s.RightColumn.IsEmpty); // the short lead-ins in two columns
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
        Assert.Equal(3, refs.Count); // one per chapter with links, at its end
        Assert.All(refs, r => Assert.Equal(GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.References, r.Title));
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
        foreach (var slide in slides.Where(s => Decks.Seed.Plan.Slides[s.Number - 1] is not TitleSlide))
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

    /// <summary>Spaces out, colons full-width (a lead-in's colon is shown full-width).</summary>
    private static string Normalise(string s) => Squeeze(s).Replace(':', '：');
}
