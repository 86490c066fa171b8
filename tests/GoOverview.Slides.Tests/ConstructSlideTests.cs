using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests;

/// <summary>Callouts on tinted boxes, page breaks as new slides, tab labels and terms as bold lines.</summary>
public sealed class ConstructSlideTests
{
    [Fact]
    public void Each_callout_gets_one_box_around_its_lines_in_its_colours()
    {
        var plan = Decks.Plan(TestFiles.Read("## 节\n\n### 页\n\n前文。\n\n> [!NOTE]\n> 说明正文。\n\n> [!CAUTION]\n> 警告正文。\n\n后文。\n"), new DiagnosticBag());
        var slide = plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "页");
        Assert.Equal(["前文。", "ⓘ 说明", "说明正文。", "⊘ 警告", "警告正文。", "后文。"], slide.Body.Select(p => p.Text));
        Assert.Equal(2, slide.Bands.Length);
        Assert.Equal(CalloutStyles.For(CalloutKind.Note).Tint, slide.Bands[0].Tint);
        Assert.Equal(CalloutStyles.For(CalloutKind.Caution).Accent, slide.Bands[1].Rule);
        Assert.True(slide.Bands[0].Box.Y + slide.Bands[0].Box.Height < slide.Bands[1].Box.Y, "two callouts are two separate boxes");
        Assert.Equal(CalloutStyles.For(CalloutKind.Note).Accent, slide.Body[1].Runs[0].Style.Color);
    }

    [Fact]
    public void A_page_break_starts_a_continued_slide()
    {
        var plan = Decks.Plan(TestFiles.Read("## 节\n\n### 页\n\n第一部分。\n\n\\newpage\n\n第二部分。\n"), new DiagnosticBag());
        var slides = plan.Slides.OfType<ContentSlide>().Where(s => s.Title.StartsWith("页", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, slides.Count);
        Assert.Equal(["第一部分。"], slides[0].Body.Select(p => p.Text));
        Assert.Equal("页" + GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Continued, slides[1].Title);
        Assert.Equal(["第二部分。"], slides[1].Body.Select(p => p.Text));
    }

    [Fact]
    public void Tab_labels_and_terms_are_bold_and_their_content_indented()
    {
        var plan = Decks.Plan(TestFiles.Read("### 页\n\n=== \"Go\"\n    标签正文。\n\n通道\n:   传递数据。\n"), new DiagnosticBag());
        var body = plan.Slides.OfType<ContentSlide>().Single().Body;
        Assert.Equal(["Go", "标签正文。", "通道", "传递数据。"], body.Select(p => p.Text));
        Assert.True(body[0].Runs.All(r => r.Style.Bold) && body[2].Runs.All(r => r.Style.Bold));
        Assert.Equal([0, 1, 0, 1], body.Select(p => p.Level));
    }
}
