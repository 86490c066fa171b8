using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests;

/// <summary>The slide plan: fit proven by measuring every slide again with the real text engine; structure from model fixtures.</summary>
public sealed class PlannerTests
{
    public static TheoryData<string> Documents => ["seed", "mixed", "pictures", "code"];

    private static Document Load(string name) => name switch
    {
        "seed" => TestFiles.ReadSeed(),
        "pictures" => PictureFixtures.Write(),
        "code" => CodeSamples.Read(),
        _ => Fixtures.Mixed(),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void EverySlidesLaidOutTextFitsItsBoxes(string name)
    {
        var plan = Decks.Plan(Load(name), new DiagnosticBag());
        using var measurer = new LayoutTextMeasurer(Decks.Fonts);
        var theme = plan.Theme;
        var fitter = new BodyFitter(theme, measurer);
        var titles = new TitleFitter(theme, measurer, new DiagnosticBag());
        foreach (var slide in plan.Slides)
        {
            var titleBox = slide switch { TitleSlide => theme.DeckTitleBox, SectionSlide => theme.SectionTitleBox, _ => theme.TitleBox };
            Assert.True(titles.Fits(slide.Title, titleBox, slide.TitleFontSize), $"title \"{slide.Title}\" overflows at {slide.TitleFontSize} pt");
            if (slide is PictureSlide { CaptionBox: { } captionBox } picture)
            {
                var lines = measurer.BreakLines(picture.Caption, picture.CaptionFontSize, theme.TextAreaWidth(captionBox) - picture.CaptionFontSize).Count;
                Assert.True(lines * theme.LineHeight(picture.CaptionFontSize) <= captionBox.Height - 2 * theme.InsetY, $"caption of \"{slide.Title}\" overflows");
            }
            if (slide is not ContentSlide content) continue;
            var height = fitter.Height(content.Body, content.FontSize, content.Kind);
            Assert.True(height <= fitter.AvailableHeight, $"\"{content.Title}\": {height:F1} pt of text in {fitter.AvailableHeight:F1} pt");
            Assert.InRange(content.FontSize, theme.MinBodyFontSize, theme.BodyFontSizes[0]);
            // every line, measured again, is no wider than the box leaves for it
            foreach (var paragraph in content.Body)
            {
                var size = theme.ParagraphFontSize(paragraph, content.FontSize);
                var width = theme.TextAreaWidth(theme.BodyBox) - theme.TextIndent(paragraph, size);
                Assert.All(fitter.Lines(paragraph, content.FontSize), line => Assert.True(line.Width <= width, $"line {line.Width:F1} > {width:F1}"));
            }
        }
    }

    [Fact]
    public void TextTooLongForOneSlideContinuesOnSlidesTitledContinuedAndLosesNothing()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var parts = plan.Slides.OfType<ContentSlide>().Where(s => s.Title.StartsWith("2.1 很长的一节", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count >= 3, $"expected the long section over several slides, got {parts.Count}");
        Assert.Equal("2.1 很长的一节", parts[0].Title);
        Assert.All(parts.Skip(1), p => Assert.Equal("2.1 很长的一节（续）", p.Title));
        Assert.All(parts, p => Assert.Equal(plan.Theme.MinBodyFontSize, p.FontSize));
        var shown = Regex.Replace(string.Concat(parts.SelectMany(p => p.Body).Select(b => b.Text)), @"\s+", "");
        var expected = Regex.Replace(Fixtures.LongChinese(20) + string.Concat(Enumerable.Range(1, 12).Select(i => $"要点{i}：{Fixtures.LongChinese(1)}")), @"\s+", "");
        Assert.Equal(expected, shown);
        // the split inside the long paragraph is between measured lines: the tail is a continuation without a bullet
        Assert.Contains(parts.Skip(1).SelectMany(p => p.Body), b => b.IsContinuation);
    }

    [Fact]
    public void ShortSectionsUseTheLargestSizeThatFits()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var small = plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "1）小节");
        Assert.Equal(plan.Theme.BodyFontSizes[0], small.FontSize);
    }

    [Fact]
    public void ListsBecomeBulletsWithNestingLevelsAndEmptyItemsAreDropped()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var nested = plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "1.1 嵌套");
        var rows = nested.Body.Select(p => (p.Text, p.Level, p.Marker)).ToList();
        Assert.Contains(("外层", 0, ParagraphMarker.Bullet), rows);
        Assert.Contains(("内层一", 1, ParagraphMarker.Bullet), rows);
        Assert.Contains(("第三层", 2, ParagraphMarker.Bullet), rows);
        Assert.Contains(("3. 第三项", 0, ParagraphMarker.Number), rows);
        Assert.DoesNotContain(nested.Body, p => p.Text.Trim().Length == 0);
        Assert.Equal(5 + 2, nested.Body.Length); // 3 items (one empty: dropped) with 3 nested, plus 2 numbered
        var keyTerm = nested.Body.SelectMany(p => p.Runs).Single(r => r.Style.KeyTerm);
        Assert.Equal(("关键术语", true, RgbColor.Red), (keyTerm.Text, keyTerm.Style.Bold, keyTerm.Style.Color!.Value));
    }

    [Fact]
    public void LinkListsBecomeCompactReferenceSlides()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var refs = plan.Slides.OfType<ContentSlide>().Where(s => s.Kind == ContentKind.References).ToList();
        Assert.NotEmpty(refs);
        Assert.Equal("三、参考 · 参考资料", refs[0].Title);
        Assert.Equal(30, refs.Sum(r => r.Body.Length));
        Assert.All(refs, r => Assert.Equal(plan.Theme.ReferenceFontSize, r.FontSize));
        Assert.All(refs.SelectMany(r => r.Body).SelectMany(p => p.Runs), run => Assert.StartsWith("https://example.com/", run.LinkUrl));
    }

    [Fact]
    public void SlideOrderFollowsTheHeadings()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var kinds = plan.Slides.Select(s => s switch { TitleSlide => "T", SectionSlide => "S", _ => "C" }).ToList();
        Assert.Equal("T", kinds[0]);
        Assert.Equal("混合测试", plan.Slides[0].Title);
        Assert.Equal(["混合测试", "一、列表", "1.1 嵌套", "1.2 代码与表格"], plan.Slides.Skip(1).Take(4).Select(s => s.Title));
        Assert.IsType<SectionSlide>(plan.Slides[2]);
    }

    [Fact]
    public void AnEmptyHeadingStillGetsItsSlideListingItsSubheadings()
    {
        var document = Fixtures.Doc("空", Fixtures.H(2, "一、章"), Fixtures.H(3, "1.1 空节"), Fixtures.H(4, "甲"), Fixtures.P("甲文"), Fixtures.H(4, "乙"), Fixtures.P("乙文"));
        var plan = Decks.Plan(document, new DiagnosticBag());
        var empty = plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "1.1 空节");
        Assert.Equal(["甲", "乙"], empty.Body.Select(p => p.Text));
    }

    [Fact]
    public void ALongTitleGetsASmallerSize()
    {
        var title = "3.16 " + string.Concat(Enumerable.Repeat("云原生微服务架构的设计与实践", 3));
        var plan = Decks.Plan(Fixtures.Doc("t", Fixtures.H(3, title), Fixtures.P("正文")), new DiagnosticBag());
        var slide = plan.Slides.OfType<ContentSlide>().Single();
        Assert.Equal(title, slide.Title);
        Assert.True(slide.TitleFontSize < plan.Theme.TitleFontSize);
    }

    [Fact]
    public void RunSplitterCutsBetweenRunsAndInsideARun()
    {
        ImmutableArray<SlideRun> runs = [new("甲乙", RunStyle.Plain), new("丙丁", RunStyle.Plain with { Bold = true })];
        var (head, tail) = RunSplitter.Split(runs, 3);
        Assert.Equal(["甲乙", "丙"], head.Select(r => r.Text));
        Assert.Equal(["丁"], tail.Select(r => r.Text));
        Assert.True(tail[0].Style.Bold);
    }
}
