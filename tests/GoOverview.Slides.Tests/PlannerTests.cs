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
            if (content.Kind == ContentKind.Code) Assert.Contains(content.FontSize, theme.CodeFontSizes);
            else Assert.InRange(content.FontSize, theme.MinBodyFontSize, theme.BodyFontSizes[0]);
            // every line, measured again, is no wider than the box leaves for it
            foreach (var paragraph in content.RightColumn.IsEmpty ? content.Body : [])
            {
                var size = theme.ParagraphFontSize(paragraph, content.FontSize);
                var width = theme.TextAreaWidth(theme.BodyBox) - theme.TextIndent(paragraph, size);
                Assert.All(fitter.Lines(paragraph, content.FontSize), line => Assert.True(line.Width <= width, $"line {line.Width:F1} > {width:F1}"));
            }
        }
    }

    [Fact]
    public void ALongSectionIsCondensedToBulletsWithItsFullTextInTheNotesAndNothingLost()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var parts = plan.Slides.OfType<ContentSlide>().Where(s => s.Title.StartsWith("2.1 很长的一节", StringComparison.Ordinal)).ToList();
        Assert.Equal("2.1 很长的一节", parts[0].Title);
        Assert.All(parts.Skip(1), p => Assert.Equal("2.1 很长的一节（续）", p.Title));
        Assert.Single(parts.Select(p => p.FontSize).Distinct());
        var shown = string.Concat(parts.SelectMany(p => p.Body.Concat(p.RightColumn)).Select(b => b.Text));
        Assert.Contains("第1句", shown);
        Assert.DoesNotContain("第20句", shown); // a long paragraph shows its first sentence
        Assert.Contains("要点12", shown);        // twelve lead-ins show their lead-ins
        Assert.DoesNotContain("要点12：", shown);
        var notes = Regex.Replace(string.Concat(parts.Select(p => p.Notes)), @"\s+", "");
        Assert.Contains(Regex.Replace(Fixtures.LongChinese(20), @"\s+", ""), notes);
        Assert.All(Enumerable.Range(1, 12), i => Assert.Contains(Regex.Replace($"要点{i}：{Fixtures.LongChinese(1)}", @"\s+", ""), notes));
        Assert.Contains("小节正文。", notes);
        Assert.DoesNotContain(parts.SelectMany(p => p.Body), b => b.IsContinuation); // whole units only
    }

    [Fact]
    public void ShortSectionsUseThePreferredSize()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var small = plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "1.1 嵌套");
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
    public void LinkListsBecomeCompactReferenceSlidesAtTheEndOfTheirChapter()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var refs = plan.Slides.OfType<ContentSlide>().Where(s => s.Kind == ContentKind.References).ToList();
        Assert.NotEmpty(refs);
        Assert.Equal(GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.References, refs[0].Title);
        Assert.All(refs, r => Assert.Equal("三、参考", r.Tag));
        Assert.Equal(30, refs.Sum(r => r.Body.Length));
        Assert.All(refs, r => Assert.Equal(plan.Theme.ReferenceFontSize, r.FontSize));
        Assert.True(plan.Theme.ReferenceFontSize >= 20);
        Assert.All(refs.SelectMany(r => r.Body).SelectMany(p => p.Runs), run => Assert.StartsWith("https://example.com/", run.LinkUrl));
    }

    [Fact]
    public void TheDeckIsTitleIntroAgendaThenNumberedDividersWithTheirSlidesThenClosing()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        Assert.Equal(["混合测试", "混合测试", GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Contents, "列表", "1.1 嵌套", "1.2 代码与表格"], plan.Slides.Take(6).Select(s => s.Title));
        Assert.IsType<TitleSlide>(plan.Slides[0]);
        var agenda = Assert.IsType<ContentSlide>(plan.Slides[2]);
        Assert.Equal(ContentKind.Agenda, agenda.Kind);
        Assert.Equal(["01　列表", "02　长文", "03　参考"], agenda.Body.Select(p => p.Text));
        Assert.Equal(1, Assert.IsType<SectionSlide>(plan.Slides[3]).Number);
        Assert.Equal("一、列表", plan.Slides[4].Tag);
        Assert.True(plan.Slides[^1] is TitleSlide { IsClosing: true, Title: SlidePlanner.ClosingTitle });
    }

    [Fact]
    public void H4SectionsAreSubheadingsOnTheirH3Slide()
    {
        var document = Fixtures.Doc("空", Fixtures.H(2, "一、章"), Fixtures.H(3, "1.1 空节"), Fixtures.H(4, "甲"), Fixtures.P("甲文"), Fixtures.H(4, "乙"), Fixtures.P("乙文"));
        var plan = Decks.Plan(document, new DiagnosticBag());
        var slide = plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "1.1 空节");
        Assert.Equal(["甲", "甲文", "乙", "乙文"], slide.Body.Select(p => p.Text));
        Assert.True(slide.Body[0].KeepWithNext && slide.Body[0].Runs.All(r => r.Style.Bold));
    }

    [Fact]
    public void ACodeBlockGetsItsOwnSlidesAtACodeSize()
    {
        var plan = Decks.Plan(Fixtures.Mixed(), new DiagnosticBag());
        var code = Assert.Single(plan.Slides.OfType<ContentSlide>(), s => s.Kind == ContentKind.Code);
        Assert.Contains(code.FontSize, plan.Theme.CodeFontSizes);
        Assert.All(code.Body.SelectMany(p => p.Runs), r => Assert.True(r.Style.Monospace));
        var table = Assert.Single(plan.Slides.OfType<TableSlide>());
        Assert.Equal(["语言", "用途"], table.Header.Select(c => string.Concat(c.Runs.Select(r => r.Text))));
    }

    [Fact]
    public void ALongTitleGetsASmallerSize()
    {
        var title = "3.16 " + string.Concat(Enumerable.Repeat("云原生微服务架构的设计与实践", 2));
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
