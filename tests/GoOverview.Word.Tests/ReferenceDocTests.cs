using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;
using static GoOverview.Word.Tests.Support.DocxQuery;
using static GoOverview.Word.Tests.Support.Fixtures;
using M = GoOverview.Model;

namespace GoOverview.Word.Tests;

/// <summary>Styles come from a reference document by name; missing ones fall back to the built-in definitions.</summary>
public sealed class ReferenceDocTests
{
    private static string BundledPath => Path.Combine(TestFiles.RepoRoot, "templates", "reference.docx");

    /// <summary>templates/reference.docx is what ReferenceDocument.Write generates (set GOOVERVIEW_WRITE_REFERENCE_DOCX=1 to regenerate it).</summary>
    [Fact]
    public void Bundled_reference_doc_is_the_generated_one()
    {
        using var generated = new MemoryStream();
        ReferenceDocument.Write(generated);
        if (Environment.GetEnvironmentVariable("GOOVERVIEW_WRITE_REFERENCE_DOCX") == "1") File.WriteAllBytes(BundledPath, generated.ToArray());
        Assert.True(File.Exists(BundledPath), "templates/reference.docx is missing");
        using var bundled = WordprocessingDocument.Open(BundledPath, false);
        using var fresh = WordKit.Open(generated.ToArray());
        Assert.Equal(fresh.MainDocumentPart!.StyleDefinitionsPart!.Styles!.OuterXml, bundled.MainDocumentPart!.StyleDefinitionsPart!.Styles!.OuterXml);
        Assert.Empty(WordKit.Validate(File.ReadAllBytes(BundledPath)));
        foreach (var name in new[] { "heading 1", "heading 6", "Title", "Subtitle", "Key Term", "Hyperlink", "Source Code", "Verbatim Char", "Block Text", "Table Grid", "Body Text" })
            Assert.NotNull(StyleIdByName(bundled, name));
    }

    [Fact]
    public void A_user_template_is_used_by_style_name_and_missing_styles_fall_back()
    {
        var path = Path.Combine(TestFiles.NewTempDirectory("word-ref"), "chinese-word.docx");
        WriteChineseWordLikeTemplate(path);
        var document = Doc([H(1, "第一章", "ch1"), P(new M.Span(M.Attr.WithClasses(M.KeyTerms.ClassName), new M.TextStyle(M.RgbColor.Red, Bold: true), T("术语")))]);
        var docx = WordKit.Write(document, options: new DocxOptions { ReferenceDocPath = path, TableOfContents = false });
        Assert.Empty(WordKit.Validate(docx));
        using var doc = WordKit.Open(docx);
        var heading = Body(doc).Elements<Paragraph>().Single(p => p.InnerText == "第一章");
        Assert.Equal("1", ParagraphStyle(heading)); // the template's id for "heading 1"
        Assert.Equal("FF00FF", StyleById(doc, "1").StyleRunProperties!.Color!.Val!.Value); // its look, not ours
        var keyTermId = StyleIdByName(doc, "Key Term")!;
        Assert.Equal("FF0000", StyleById(doc, keyTermId).StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("a", StyleById(doc, StyleIdByName(doc, "Body Text")!).BasedOn!.Val!.Value); // fallback based on the template's Normal
        Assert.Equal(16838u, Body(doc).Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal(1000u, Body(doc).Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void A_missing_reference_doc_is_an_error_with_its_path()
    {
        var error = Assert.Throws<ContentException>(() => WordKit.Write(Doc([P("x")]), options: new DocxOptions { ReferenceDocPath = "/nonexistent/ref.docx" }));
        Assert.Contains("/nonexistent/ref.docx", error.Message);
    }

    [Fact]
    public void An_unreadable_reference_doc_gives_a_warning_and_the_built_in_styles()
    {
        var path = Path.Combine(TestFiles.NewTempDirectory("word-ref"), "broken.docx");
        File.WriteAllText(path, "not a zip");
        var diagnostics = new DiagnosticBag();
        var docx = WordKit.Write(Doc([H(1, "标题"), P("x")]), diagnostics, new DocxOptions { ReferenceDocPath = path });
        Assert.Contains(diagnostics.Items, d => d.Code == "reference-doc" && d.Message.Contains(path, StringComparison.Ordinal));
        using var doc = WordKit.Open(docx);
        Assert.Contains(Body(doc).Elements<Paragraph>(), p => ParagraphStyle(p) == "Heading1");
    }

    /// <summary>Like a template saved by Chinese Word: localised ids ("a" = Normal, "1" = heading 1), no Key Term style, narrow margins.</summary>
    private static void WriteChineseWordLikeTemplate(string path)
    {
        using var package = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.Document = new Document(new Body(new Paragraph(), new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000, Header = 500, Footer = 500, Gutter = 0 })));
        main.AddNewPart<StyleDefinitionsPart>().Styles = new DocumentFormat.OpenXml.Wordprocessing.Styles("""
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
                <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="FF00FF"/></w:rPr></w:style>
            </w:styles>
            """);
    }
}
