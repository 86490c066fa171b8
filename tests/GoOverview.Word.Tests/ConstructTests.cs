using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;
using static GoOverview.Word.Tests.Support.DocxQuery;
using M = GoOverview.Model;

namespace GoOverview.Word.Tests;

/// <summary>Callouts as bordered, shaded paragraph styles; tabs, definition lists, page breaks and [toc] in Word.</summary>
public sealed class ConstructTests
{
    private const string Source = """
        # 书名

        前言。

        [toc]

        ## 第一节

        > [!WARNING]
        > 警告正文。
        >
        > - 列表项

        === "Go"
            标签正文。

        通道
        :   传递数据。

        \newpage

        ## 第二节

        正文。
        """;

    [Fact]
    public void Callouts_tabs_terms_page_breaks_and_the_toc_place_are_styled_and_valid()
    {
        var docx = WordKit.Write(TestFiles.Read(Source));
        Assert.Empty(WordKit.Validate(docx));
        using var doc = WordKit.Open(docx);
        var paragraphs = Body(doc).Elements<Paragraph>().ToList();

        var calloutId = StyleIdByName(doc, "Callout Warning")!;
        var style = StyleById(doc, calloutId);
        var look = M.CalloutStyles.For(M.CalloutKind.Warning);
        Assert.Equal(look.Tint.ToHex(), style.StyleParagraphProperties!.Shading!.Fill!.Value);
        Assert.Equal(look.Accent.ToHex(), style.StyleParagraphProperties!.ParagraphBorders!.LeftBorder!.Color!.Value);
        var title = paragraphs.Single(p => p.InnerText == "⚠ 注意");
        Assert.Equal(calloutId, ParagraphStyle(title));
        Assert.NotNull(title.ParagraphProperties!.KeepNext);
        Assert.Equal(calloutId, ParagraphStyle(paragraphs.Single(p => p.InnerText == "警告正文。")));
        Assert.Equal(calloutId, ParagraphStyle(paragraphs.Single(p => p.InnerText == "列表项"))); // the list stays in the box

        Assert.Equal(StyleIdByName(doc, "Tab Label"), ParagraphStyle(paragraphs.Single(p => p.InnerText == "Go")));
        Assert.Equal(StyleIdByName(doc, "Definition Term"), ParagraphStyle(paragraphs.Single(p => p.InnerText == "通道")));
        Assert.Equal(StyleIdByName(doc, "Definition"), ParagraphStyle(paragraphs.Single(p => p.InnerText == "传递数据。")));

        var pageBreaks = paragraphs.Where(p => p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)).Select(p => paragraphs.IndexOf(p)).ToList();
        Assert.Equal(3, pageBreaks.Count); // after the title page, after the TOC, and \newpage
        Assert.True(pageBreaks[2] == paragraphs.FindLastIndex(p => p.InnerText == "第二节") - 1, "the break is right before the heading (the TOC lists it too)");
        var tocTitle = paragraphs.FindIndex(p => p.InnerText == "目录");
        Assert.True(paragraphs.FindIndex(p => p.InnerText == "前言。") < tocTitle, "the TOC is where [toc] is, after the preface");
        Assert.Single(paragraphs, p => p.InnerText == "目录");
    }

    [Fact]
    public void Documents_without_constructs_get_none_of_their_styles() =>
        Assert.Null(StyleIdByName(WordKit.Open(WordKit.SeedDocx), "Callout Note"));
}
