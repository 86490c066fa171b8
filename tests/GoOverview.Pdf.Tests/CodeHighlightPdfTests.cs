using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GoOverview.Pdf.Tests;

/// <summary>Highlighted code read back with PdfPig: colours, exact text, nothing past the block's edge.</summary>
public sealed class CodeHighlightPdfTests
{
    private static readonly PdfOptions Plain = new() { Cover = false, Toc = false };

    /// <summary>Letters inside the content area (the running header and footer sit in the margins).</summary>
    private static List<Letter> ContentLetters(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var letters = new List<Letter>();
        foreach (var page in pdf.GetPages())
            letters.AddRange(page.Letters.Where(l => l.StartBaseLine.Y > 62 && l.StartBaseLine.Y < page.Height - 68));
        return letters;
    }

    [Fact]
    public void A_Go_block_is_drawn_in_at_least_four_colours()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(CodeSamples.GoBlockOnly(diagnostics), diagnostics, Plain);
        var colours = ContentLetters(path).Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => l.Color.ToRGBValues()).Distinct().Count();
        Assert.True(colours >= 4, $"{colours} colours");
    }

    [Fact]
    public void No_highlight_draws_code_in_one_colour()
    {
        var diagnostics = new DiagnosticBag();
        var document = CodeSamples.GoBlockOnly(diagnostics);
        var path = System.IO.Path.Combine(TestFiles.NewTempDirectory("gooverview-pdf"), "plain.pdf");
        using (var stream = File.Create(path))
        {
            var context = Export.ExportContext.For(document, diagnostics, Fonts.FontLibrary.LoadBundled(), highlight: new Export.Code.HighlightOptions(Enabled: false));
            new PdfWriter(Plain).Write(document, stream, context);
        }
        var colours = ContentLetters(path).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.Color.ToRGBValues()).Distinct().Count();
        Assert.Equal(1, colours);
    }

    [Fact]
    public void Every_code_character_is_extracted_in_order_and_nothing_is_drawn_past_the_block()
    {
        var diagnostics = new DiagnosticBag();
        var document = CodeSamples.Read(diagnostics);
        var path = PdfRender.ToFile(document, diagnostics, Plain);
        var letters = ContentLetters(path);
        var text = string.Concat(letters.Select(l => l.Value));
        var ink = CodeSamples.Ink(text);
        foreach (var block in CodeSamples.CodeBlocks(document))
            Assert.Contains(CodeSamples.Ink(block.Text), ink);
        using var pdf = PdfDocument.Open(path);
        var right = pdf.GetPage(1).Width - 62;
        var overflowing = letters.Where(l => l.BoundingBox.Right > right + 0.5 || l.BoundingBox.Left < 62 - 0.5).Select(l => l.Value).ToList();
        Assert.Empty(overflowing);
    }

    [Fact]
    public void Line_numbers_label_and_wrap_arrows_are_not_text()
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("```{.go .numberLines}\npackage main\n\nfunc main() {}\n```\n", diagnostics);
        var path = PdfRender.ToFile(document, diagnostics, Plain);
        var text = string.Concat(ContentLetters(path).Select(l => l.Value));
        Assert.Equal("packagemainfuncmain(){}", CodeSamples.Ink(text));
    }
}
