using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>
/// What a trainer needs to present the deck as it is (issue 14): a deck of 25–45 slides from the seed, body text
/// of at least 20 pt, no slide of more than 150 characters of text, no slide ending inside a sentence, real tables,
/// and author control (explicit decks, slide level, notes comments) — read back from the .pptx XML.
/// </summary>
public sealed class TrainerDeckTests(ITestOutputHelper output)
{
    private static readonly XNamespace A = SlideXmlView.A;
    private static readonly XNamespace P = SlideXmlView.P;

    [Fact]
    public void TheSeedDeckHas25To45Slides()
    {
        var plan = Decks.Seed.Plan;
        foreach (var slide in plan.Slides) output.WriteLine($"{slide.GetType().Name}: {slide.Title}");
        Assert.InRange(plan.Slides.Length, 25, 45);
        Assert.IsType<TitleSlide>(plan.Slides[0]);
        Assert.Contains(plan.Slides, s => s is ContentSlide { Kind: ContentKind.Agenda });
        Assert.True(plan.Slides[^1] is TitleSlide { IsClosing: true });
    }

    [Fact]
    public void EveryBodyRunIsAtLeast20PtAndOneSizePerSection()
    {
        using var document = Decks.Seed.Open();
        var slides = SlideXmlView.All(document);
        foreach (var slide in slides)
            foreach (var run in BodyShapes(slide.Root).SelectMany(s => s.Descendants(A + "rPr")))
                Assert.True((int)run.Attribute("sz")! >= 2000, $"slide {slide.Number}: a body run of {(int)run.Attribute("sz")! / 100.0} pt");
        var content = Decks.Seed.Plan.Slides.OfType<ContentSlide>().Where(c => c.Kind == ContentKind.Body && c.Tag.Length > 0).ToList();
        Assert.All(content.GroupBy(c => c.Title.Replace(GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Continued, "")), section => Assert.Single(section.Select(c => c.FontSize).Distinct()));
    }

    [Fact]
    public void NoContentSlideShowsMoreThan150Characters()
    {
        using var document = Decks.Seed.Open();
        foreach (var slide in SlideXmlView.All(document))
        {
            var text = string.Concat(BodyShapes(slide.Root).SelectMany(s => s.Descendants(A + "t")).Select(t => t.Value));
            var cjk = Regex.Matches(text, @"[\u3000-\u9FFF\uFF00-\uFFEF]").Count;
            var other = Regex.Matches(text, @"[^\s\u3000-\u9FFF\uFF00-\uFFEF]").Count;
            Assert.True(cjk <= 150, $"slide {slide.Number}: {cjk} CJK characters: {text}");
            // slides of text (not link lists): Latin letters count half
            if (Decks.Seed.Plan.Slides[slide.Number - 1] is ContentSlide { Kind: ContentKind.Body })
                Assert.True(cjk + other / 2.0 <= 150, $"slide {slide.Number}: {cjk} CJK + {other} other characters: {text}");
            Assert.True(BodyShapes(slide.Root).Sum(s => s.Descendants(A + "p").Count(p => p.Element(A + "pPr")?.Element(A + "buChar") is not null)) <= 16);
        }
    }

    [Fact]
    public void NoSlideEndsInsideASentence()
    {
        using var document = Decks.Seed.Open();
        var plan = Decks.Seed.Plan;
        var slides = SlideXmlView.All(document);
        foreach (var slide in slides)
        {
            if (plan.Slides[slide.Number - 1] is not ContentSlide { Kind: ContentKind.Body }) continue;
            var paragraphs = BodyShapes(slide.Root).First().Descendants(A + "p")
                .Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value)).Trim()).Where(t => t.Length > 0).ToList();
            if (paragraphs.Count == 0) continue;
            var last = paragraphs[^1];
            Assert.False(Regex.IsMatch(last, @"[，、：:,;（(“]$"), $"slide {slide.Number} ends inside a sentence: {last}");
            var endsSentence = Regex.IsMatch(last, @"[。！？；…!?.;”」）)]$");
            var shortPoint = Regex.Matches(last, @"[\u3400-\u9FFF]").Count <= 20 && !last.Contains('，');
            Assert.True(endsSentence || shortPoint, $"slide {slide.Number} ends inside a sentence: {last}");
        }
        // a text that does not fit is never split inside a paragraph: no slide starts with the rest of one
        Assert.DoesNotContain(plan.Slides.OfType<ContentSlide>(), c => c.Kind == ContentKind.Body && c.Body.Length > 0 && c.Body[0].IsContinuation);
    }

    [Fact]
    public void ATableIsARealTableSplitByRowsWithItsHeaderRepeated()
    {
        var rows = string.Concat(Enumerable.Range(1, 24).Select(i => $"| 服务{i} | 用 Go 编写的第{i}个服务，负责处理请求 | {i * 10} |\n"));
        var document = TestFiles.Read($"# 表格\n\n## 一、数据\n\n### 服务清单\n\n| 名称 | 说明 | 端口 |\n|---|---|--:|\n{rows}");
        var deck = Decks.Write(document, "table");
        var tables = deck.Plan.Slides.OfType<TableSlide>().ToList();
        Assert.True(tables.Count >= 2, $"{tables.Count} table slides");
        Assert.Equal(24, tables.Sum(t => t.Rows.Length));
        Assert.Equal("服务清单", tables[0].Title);
        Assert.Equal("服务清单" + GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Continued, tables[1].Title);
        using var pptx = deck.Open();
        var withTables = SlideXmlView.All(pptx).Where(s => s.Root.Descendants(A + "tbl").Any()).ToList();
        Assert.Equal(tables.Count, withTables.Count);
        foreach (var slide in withTables)
        {
            var first = slide.Root.Descendants(A + "tr").First();
            Assert.Equal(["名称", "说明", "端口"], first.Elements(A + "tc").Select(c => string.Concat(c.Descendants(A + "t").Select(t => t.Value))));
            Assert.All(slide.Root.Descendants(A + "tbl").Descendants(A + "rPr"), r => Assert.True((int)r.Attribute("sz")! >= 2000));
            // the frame stays inside the body box
            var frame = deck.Plan.Slides[slide.Number - 1] as TableSlide;
            Assert.True(frame!.Frame.Bottom <= deck.Plan.Theme.BodyBox.Bottom && frame.Frame.Right <= deck.Plan.Theme.BodyBox.Right + 0.01);
        }
        Assert.Contains("服务24", withTables[^1].NotesText);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(pptx));
    }

    [Fact]
    public void AnExplicitDeckStartsASlideAtEveryThematicBreakAndShowsItsTextAsWritten()
    {
        const string markdown = """
            ---
            title: 显式讲稿
            slides: explicit
            ---

            ## 第一页

            第一页的正文写得比较长，作者希望它原样出现在幻灯片上，而不是被压缩成第一句。第二句也留着。

            <!-- notes: 这里提醒听众注意第一页。 -->

            ---

            第二页没有标题，它接着第一页。

            ::: notes
            第二页的讲稿。
            :::

            ## 第三页

            - 要点甲
            - 要点乙

            <!-- 这是 Marp 式的讲者备注。 -->

            <!-- _class: lead -->
            """;
        var plan = Decks.Plan(TestFiles.Read(markdown), new DiagnosticBag());
        var content = plan.Slides.OfType<ContentSlide>().ToList();
        Assert.Equal(["第一页", "第一页" + GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Continued, "第三页"], content.Select(c => c.Title));
        Assert.Equal("第一页的正文写得比较长，作者希望它原样出现在幻灯片上，而不是被压缩成第一句。第二句也留着。", content[0].Body[0].Text);
        Assert.Contains("这里提醒听众注意第一页。", content[0].Notes);
        Assert.Contains("第二页的讲稿。", content[1].Notes);
        Assert.DoesNotContain("第二页的讲稿", content[0].Notes);
        Assert.Contains("这是 Marp 式的讲者备注。", content[2].Notes);
        Assert.DoesNotContain("_class", content[2].Notes);
        Assert.DoesNotContain(content.SelectMany(c => c.Body), p => p.Text.Contains("讲稿", StringComparison.Ordinal));
    }

    [Fact]
    public void APageBreakCommentForcesANewSlide()
    {
        var plan = Decks.Plan(TestFiles.Read("## 一\n\n### 页\n\n甲。\n\n<!-- pagebreak -->\n\n乙。\n"), new DiagnosticBag());
        var slides = plan.Slides.OfType<ContentSlide>().Where(s => s.Title.StartsWith("页", StringComparison.Ordinal)).ToList();
        Assert.Equal([["甲。"], ["乙。"]], slides.Select(s => s.Body.Select(p => p.Text).ToArray()));
    }

    [Fact]
    public void SlideLevelTwoMakesH2sSlidesAndH3sSubheadings()
    {
        var deck = Decks.Write(TestFiles.ReadSeed(), "level2", new PptxOptions { SlideLevel = 2, EmbedFonts = false });
        var plan = deck.Plan;
        Assert.Empty(plan.Slides.OfType<SectionSlide>());
        var titles = plan.Slides.Select(s => s.Title.Replace(GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Continued, "")).Distinct().ToList();
        Assert.Contains("三、Go语言适合做什么", titles);
        Assert.DoesNotContain("3.1 网络编程", titles);
        Assert.Contains(plan.Slides.OfType<ContentSlide>().SelectMany(c => c.Body), p => p.Text == "3.1 网络编程" && p.KeepWithNext);
    }

    [Fact]
    public void ASlidesNotesHoldTheFootnotesItCitesAndRunsHaveNoSpaceBeforeFullWidthPunctuation()
    {
        var document = TestFiles.Read("# 注\n\n## 一、章\n\n### 页\n\nGo 的调度器[^1] ，很快。\n\n[^1]: 调度器把 goroutine 分配到线程上。\n");
        var slide = Decks.Plan(document, new DiagnosticBag()).Slides.OfType<ContentSlide>().Single(s => s.Title == "页");
        Assert.Contains("[1] 调度器把 goroutine 分配到线程上。", slide.Notes);
        Assert.DoesNotContain(slide.Body.SelectMany(p => p.Runs), r => Regex.IsMatch(r.Text, @"\s[，。、；：！？）]"));
        using var seed = Decks.Seed.Open();
        Assert.DoesNotContain(SlideXmlView.All(seed).SelectMany(s => s.Runs), r => Regex.IsMatch(r.Value, @"\s[，。、；：！？）」]"));
    }

    /// <summary>The body text shapes of a slide: its body placeholder, a second column, and table cells.</summary>
    private static IEnumerable<XElement> BodyShapes(XElement slide) =>
        slide.Descendants(P + "sp").Where(sp => sp.Descendants(P + "cNvPr").Any(c => ((string?)c.Attribute("name"))?.StartsWith("Content Placeholder", StringComparison.Ordinal) == true
                || ((string?)c.Attribute("name"))?.StartsWith("Right Column", StringComparison.Ordinal) == true))
            .Concat(slide.Descendants(A + "tbl"));
}
