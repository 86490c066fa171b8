using System.Collections.Immutable;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;
using SkiaSharp;
using static GoOverview.Word.Tests.Support.DocxQuery;
using static GoOverview.Word.Tests.Support.Fixtures;
using M = GoOverview.Model;

namespace GoOverview.Word.Tests;

/// <summary>Writer behaviour on model fixtures: lists, footnotes, tables, code, images, emphasis, bad characters.</summary>
public sealed class FixtureTests
{
    [Fact]
    public void Ordered_lists_keep_their_start_numbers_and_nesting_levels()
    {
        using var doc = WordKit.Open(WordKit.Write(NestedLists()));
        var numbered = Body(doc).Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(["第一项", "三", "四", "深层", "第二项", "一", "二", "七", "八"], numbered.Select(p => p.InnerText));
        Assert.Equal([0, 1, 1, 2, 0, 0, 0, 0, 0], numbered.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
        var numbering = doc.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        int NumId(string text) => numbered.First(p => p.InnerText == text).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        int? Start(string text)
        {
            var num = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == NumId(text));
            return num.Elements<LevelOverride>().SingleOrDefault()?.StartOverrideNumberingValue?.Val?.Value;
        }
        Assert.Equal(3, Start("三"));
        Assert.Equal(1, Start("一"));
        Assert.Equal(7, Start("七"));
        Assert.Equal(NumId("三"), NumId("四"));
        Assert.NotEqual(NumId("一"), NumId("七")); // each list instance restarts
        Assert.Equal(NumId("第一项"), NumId("第二项"));
        var bullet = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == AbstractOf(numbering, NumId("第一项")));
        Assert.Equal(NumberFormatValues.Bullet, bullet.Elements<Level>().First().NumberingFormat!.Val!.Value);
        var ordered = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == AbstractOf(numbering, NumId("三")));
        Assert.Equal(NumberFormatValues.Decimal, ordered.Elements<Level>().ElementAt(1).NumberingFormat!.Val!.Value);
    }

    private static int AbstractOf(Numbering numbering, int numId) =>
        numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;

    [Fact]
    public void Footnotes_are_real_Word_footnotes()
    {
        using var doc = WordKit.Open(WordKit.Write(TablesCodeQuotesNotes()));
        var reference = Assert.Single(Body(doc).Descendants<FootnoteReference>());
        var notes = doc.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().ToList();
        Assert.Equal([-1L, 0L, reference.Id!.Value], notes.Select(n => n.Id!.Value));
        Assert.Contains("脚注正文。", notes[2].InnerText);
        Assert.Single(notes[2].Descendants<FootnoteReferenceMark>());
        Assert.Equal(StyleIdByName(doc, "footnote text"), ParagraphStyle(notes[2].Elements<Paragraph>().First()));
    }

    [Fact]
    public void Tables_use_the_bordered_style_and_repeat_the_header_row()
    {
        using var doc = WordKit.Open(WordKit.Write(TablesCodeQuotesNotes()));
        var table = Assert.Single(Body(doc).Elements<Table>());
        var styleId = table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value!;
        var borders = StyleById(doc, styleId).StyleTableProperties!.TableBorders!;
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, borders.TopBorder!.Val!.Value);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties);
        Assert.Equal(["语言", "年份", "作者"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(JustificationValues.Right, rows[1].Elements<TableCell>().Last().Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void Code_blocks_are_monospace_shaded_and_not_proofed()
    {
        using var doc = WordKit.Open(WordKit.Write(TablesCodeQuotesNotes()));
        var codeStyle = StyleIdByName(doc, "Source Code")!;
        var code = Assert.Single(Body(doc).Elements<Paragraph>(), p => ParagraphStyle(p) == codeStyle);
        Assert.Equal(4, code.Descendants<Break>().Count()); // five lines
        Assert.Single(code.Descendants<TabChar>());
        Assert.Contains("println(\"你好，世界\")", code.InnerText);
        var style = StyleById(doc, codeStyle);
        Assert.Equal("JetBrains Mono", style.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.NotNull(style.StyleRunProperties.NoProof);
        Assert.Equal("F5F5F5", style.StyleParagraphProperties!.Shading!.Fill!.Value);
    }

    [Fact]
    public void Emphasis_marks_Han_with_dots_and_slants_only_Latin()
    {
        using var doc = WordKit.Open(WordKit.Write(TablesCodeQuotesNotes()));
        var runs = Body(doc).Descendants<Run>().ToList();
        var han = runs.Single(r => r.InnerText == "强调中文");
        Assert.Equal(EmphasisMarkValues.Dot, han.RunProperties!.Emphasis!.Val!.Value);
        Assert.Null(han.RunProperties.Italic);
        var latin = runs.Single(r => r.InnerText == " and English");
        Assert.NotNull(latin.RunProperties!.Italic);
        Assert.Null(latin.RunProperties.Emphasis);
        Assert.Equal("008000", runs.Single(r => r.InnerText == "绿色文字").RunProperties!.Color!.Val!.Value);
        Assert.NotNull(runs.Single(r => r.InnerText == "删除").RunProperties!.Strike);
        Assert.Equal(VerticalPositionValues.Subscript, runs.Single(r => r.InnerText == "2" && r.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Subscript).RunProperties!.VerticalTextAlignment!.Val!.Value);
    }

    [Fact]
    public void Internal_link_points_at_the_heading_bookmark()
    {
        using var doc = WordKit.Open(WordKit.Write(TablesCodeQuotesNotes()));
        var link = Body(doc).Descendants<Hyperlink>().Single(h => h.InnerText == "内部链接");
        Assert.Equal("tables", link.Anchor!.Value);
        Assert.Contains(Body(doc).Descendants<BookmarkStart>(), b => b.Name!.Value == "tables");
    }

    [Fact]
    public void Block_quotes_use_Block_Text_and_a_thematic_break_is_a_bottom_border()
    {
        using var doc = WordKit.Open(WordKit.Write(TablesCodeQuotesNotes()));
        var blockText = StyleIdByName(doc, "Block Text");
        Assert.Equal(2, Body(doc).Elements<Paragraph>().Count(p => ParagraphStyle(p) == blockText));
        var titlePage = new[] { StyleIdByName(doc, "Title"), StyleIdByName(doc, "Subtitle") }; // the title page's rule
        Assert.Single(Body(doc).Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null && !titlePage.Contains(ParagraphStyle(p)));
    }

    [Fact]
    public void Characters_illegal_in_XML_are_removed_with_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var docx = WordKit.Write(Doc([P("前\u0001后\u0008。"), new M.CodeBlock("", "a\u000Bb", M.Attr.Empty)]), diagnostics);
        using var doc = WordKit.Open(docx);
        Assert.Contains(Body(doc).Elements<Paragraph>(), p => p.InnerText == "前后。");
        Assert.Contains(Body(doc).Elements<Paragraph>(), p => p.InnerText == "ab");
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "invalid-char");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Empty(WordKit.Validate(docx));
    }

    [Fact]
    public void Images_are_embedded_at_natural_size_with_alt_text_and_shrunk_to_the_text_width()
    {
        var dir = TestFiles.NewTempDirectory("word-img");
        File.WriteAllBytes(Path.Combine(dir, "small.png"), Png(120, 60));
        File.WriteAllBytes(Path.Combine(dir, "wide.png"), Png(2000, 500));
        File.WriteAllText(Path.Combine(dir, "logo.svg"), """<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#0a0"/></svg>""");
        var diagnostics = new DiagnosticBag();
        var document = Doc([
            new M.Figure(new M.Image("小图", "small.png", ""), T("小图"), M.Attr.Empty),
            P(new M.Text("行内"), new M.Image("宽图", "wide.png", ""), new M.Text("结束")),
            new M.Figure(new M.Image("矢量图", "logo.svg", ""), T("矢量图"), M.Attr.Empty),
            new M.Figure(new M.Image("缺失的图", "missing.png", ""), ImmutableArray<M.Inline>.Empty, M.Attr.Empty),
        ], baseDirectory: dir);
        var docx = WordKit.Write(document, diagnostics);
        Assert.Empty(WordKit.Validate(docx));
        using var doc = WordKit.Open(docx);
        var drawings = Body(doc).Descendants<Drawing>().ToList();
        Assert.Equal(3, drawings.Count);
        var extents = drawings.Select(d => d.Inline!.Extent!).ToList();
        Assert.Equal((120 * 9525L, 60 * 9525L), (extents[0].Cx!.Value, extents[0].Cy!.Value));
        Assert.Equal(8306 * 635L, extents[1].Cx!.Value); // A4 text width
        Assert.Equal(8306 * 635L / 4, extents[1].Cy!.Value);
        Assert.Equal((80 * 9525L, 40 * 9525L), (extents[2].Cx!.Value, extents[2].Cy!.Value));
        Assert.Equal(["小图", "宽图", "矢量图"], drawings.Select(d => d.Inline!.DocProperties!.Description!.Value));
        var images = doc.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(3, images.Count);
        Assert.All(images, i => Assert.Equal("image/png", i.ContentType));
        Assert.Contains(Body(doc).Elements<Paragraph>(), p => p.InnerText == "[缺失的图]");
        Assert.Contains(diagnostics.Items, d => d.Code == "resource-missing");
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(30, 120, 200));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
