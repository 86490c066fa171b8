using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Tests.Support;
using static GoOverview.Word.Tests.Support.DocxQuery;

namespace GoOverview.Word.Tests;

/// <summary>--paper and --margins set the .docx page (the shared paper table), and body text keeps its first-line indent switch.</summary>
public sealed class PageSetupTests
{
    [Fact]
    public void Paper_and_margins_set_the_section_page_and_the_toc_leader_stops_at_the_text_edge()
    {
        var docx = WordKit.Write(WordKit.Seed, options: new DocxOptions { Paper = "Letter", MarginsMm = [20, 15, 25, 30] });
        Assert.Empty(WordKit.Validate(docx));
        using var doc = WordKit.Open(docx);
        var section = Body(doc).GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(12240U, size.Width!.Value); // 215.9 mm
        Assert.Equal(15840U, size.Height!.Value); // 279.4 mm
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(850U, margin.Right!.Value);
        Assert.Equal(1417, margin.Bottom!.Value);
        Assert.Equal(1701U, margin.Left!.Value);
        var tocEntry = Body(doc).Elements<Paragraph>().First(p => IsTocParagraph(doc, p));
        Assert.Equal(12240 - 850 - 1701, tocEntry.ParagraphProperties!.Tabs!.GetFirstChild<TabStop>()!.Position!.Value);
    }

    [Theory]
    [InlineData("A5", 8391U, 11906U)] // 148 × 210 mm
    [InlineData("16开", 10488U, 14740U)] // 185 × 260 mm
    [InlineData("B5-JIS", 10318U, 14570U)] // 182 × 257 mm
    public void Named_paper_sizes_set_the_exact_page_box(string paper, uint width, uint height)
    {
        var docx = WordKit.Write(WordKit.Seed, options: new DocxOptions { Paper = paper });
        using var doc = WordKit.Open(docx);
        var size = Body(doc).GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(width, size.Width!.Value);
        Assert.Equal(height, size.Height!.Value);
    }

    [Fact]
    public void A_serif_body_embeds_noto_serif_sc_for_body_text_under_sans_headings()
    {
        using var serif = GoOverview.Fonts.FontLibrary.LoadBundled(body: GoOverview.Fonts.BodyFont.Serif);
        var diagnostics = new GoOverview.Model.Diagnostics.DiagnosticBag();
        var context = GoOverview.Export.ExportContext.For(WordKit.Seed, diagnostics, serif);
        using var output = new MemoryStream();
        new DocxWriter(DocxOptions.Default).Write(WordKit.Seed, output, context);
        var docx = output.ToArray();
        Assert.Empty(WordKit.Validate(docx));
        using var doc = WordKit.Open(docx);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal("Noto Serif SC", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Equal("Noto Sans SC", StyleById(doc, StyleIdByName(doc, "heading 2")!).StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var fonts = doc.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.NotNull(fonts["Noto Serif SC"].EmbedRegularFont);
        Assert.NotNull(fonts["Noto Sans SC"].EmbedBoldFont);
        Assert.Null(fonts["Noto Sans SC"].EmbedRegularFont);
    }

    [Fact]
    public void Body_text_is_indented_two_characters_unless_switched_off()
    {
        using var indented = WordKit.Open(WordKit.SeedDocx);
        var indent = StyleById(indented, StyleIdByName(indented, "Body Text")!).StyleParagraphProperties!.Indentation!;
        Assert.Equal(200, indent.FirstLineChars!.Value);
        using var flush = WordKit.Open(WordKit.Write(WordKit.Seed, options: new DocxOptions { FirstLineIndent = false }));
        Assert.Equal(0, StyleById(flush, StyleIdByName(flush, "Body Text")!).StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
    }

    [Fact]
    public void Custom_styles_carry_Chinese_aliases()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        Assert.Equal("关键术语", StyleById(doc, StyleIdByName(doc, "Key Term")!).Aliases!.Val!.Value);
        Assert.Equal("源代码", StyleById(doc, StyleIdByName(doc, "Source Code")!).Aliases!.Val!.Value);
    }
}
