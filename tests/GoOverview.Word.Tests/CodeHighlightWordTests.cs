using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Export;
using GoOverview.Export.Code;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;
using Font = DocumentFormat.OpenXml.Wordprocessing.Font;

namespace GoOverview.Word.Tests;

/// <summary>Highlighted code in Word: token character styles, a valid package, colours when LibreOffice draws it, no ligatures.</summary>
public sealed class CodeHighlightWordTests
{
    private static readonly Lazy<byte[]> Samples = new(() => WordKit.Write(CodeSamples.Read()));

    private static byte[] Write(Model.Document document, bool highlight)
    {
        var diagnostics = new DiagnosticBag();
        var context = ExportContext.For(document, diagnostics, WordKit.Fonts, highlight: new HighlightOptions(Enabled: highlight));
        using var output = new MemoryStream();
        new DocxWriter(DocxOptions.Default).Write(document, output, context);
        return output.ToArray();
    }

    [Fact]
    public void The_code_samples_validate()
    {
        var errors = WordKit.Validate(Samples.Value);
        Assert.True(errors.Count == 0, WordKit.Describe(errors));
    }

    [Fact]
    public void Go_code_runs_use_at_least_four_token_character_styles_defined_by_pandoc_names()
    {
        using var doc = WordKit.Open(WordKit.Write(CodeSamples.GoBlockOnly()));
        var codeId = DocxQuery.StyleIdByName(doc, "Source Code");
        var paragraph = DocxQuery.Body(doc).Elements<Paragraph>().Single(p => DocxQuery.ParagraphStyle(p) == codeId);
        var used = paragraph.Elements<Run>().Select(DocxQuery.RunStyle).OfType<string>().Distinct().ToList();
        Assert.True(used.Count >= 4, string.Join(" ", used));
        foreach (var id in used)
        {
            var style = DocxQuery.StyleById(doc, id);
            Assert.Equal(StyleValues.Character, style.Type!.Value);
            Assert.EndsWith("Tok", style.StyleName!.Val!.Value);
            Assert.NotNull(style.StyleRunProperties!.Color);
        }
        Assert.Contains("KeywordTok", used.Select(id => DocxQuery.StyleById(doc, id).StyleName!.Val!.Value));
        var sourceCode = DocxQuery.StyleById(doc, codeId!);
        Assert.NotNull(sourceCode.StyleParagraphProperties!.Shading);
        Assert.NotNull(sourceCode.StyleRunProperties!.NoProof);
        // the runs together are the source, lines separated by breaks
        var text = string.Join("\n", string.Concat(paragraph.Elements<Run>().SelectMany(r => r.ChildElements).Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            TabChar => "\t",
            _ => "",
        })).Split('\n'));
        Assert.Equal(CodeSamples.CodeBlocks(CodeSamples.GoBlockOnly()).Single().Text.TrimEnd('\n'), text);
    }

    [Fact]
    public void Embedded_code_faces_have_no_ligature_features()
    {
        using var doc = WordKit.Open(Samples.Value);
        var table = doc.MainDocumentPart!.FontTablePart!;
        var mono = table.Fonts!.Elements<Font>().Single(f => f.Name == "JetBrains Mono");
        var embeds = mono.ChildElements.OfType<FontRelationshipType>().ToList();
        Assert.Equal(3, embeds.Count); // regular, bold (keywords), italic (comments)
        foreach (var embed in embeds)
        {
            using var stream = table.GetPartById(embed.Id!.Value!).GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var features = OpenTypeFeatures.Gsub(FontEmbeddingTests.Deobfuscate(copy.ToArray(), embed.FontKey!.Value!));
            Assert.DoesNotContain("liga", features);
            Assert.DoesNotContain("calt", features);
        }
    }

    [ToolFact("soffice", "pdftoppm", HermeticFonts = true)]
    public void LibreOffice_draws_highlighted_code_in_colour_and_plain_code_without()
    {
        static int Coloured(byte[] docx, string name)
        {
            var pdf = LibreOffice.ConvertToPdf(docx, name).Pdf;
            var dir = TestFiles.NewTempDirectory("word-code-px");
            ExternalTool.Run("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", pdf, Path.Combine(dir, "p")]);
            var page = Ppm.Read(Directory.GetFiles(dir, "p-*.ppm").Single());
            return page.Count((r, g, b) => Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 60);
        }
        var document = CodeSamples.GoBlockOnly();
        var highlighted = Coloured(Write(document, highlight: true), "highlighted");
        var plain = Coloured(Write(document, highlight: false), "plain");
        Assert.True(highlighted > 300, $"{highlighted} coloured pixels");
        Assert.True(plain < 20, $"{plain} coloured pixels without highlighting");
    }
}
