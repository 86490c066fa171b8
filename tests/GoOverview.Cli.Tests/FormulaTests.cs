using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.TestSupport;
using Xunit;
using M = DocumentFormat.OpenXml.Math;

namespace GoOverview.Cli.Tests;

/// <summary>
/// TeX formulas (tests/test-data/math/formulas.md: complexity, sums, fractions, roots, limits, integrals, sets,
/// Greek, accents, braces, matrices, cases, aligned, gathered, arrays, spaces, \text in Chinese paragraphs) are
/// typeset natively: MathML in EPUB, Office Math in Word, our own layout on the MATH table in the PDF.
/// </summary>
public sealed class FormulaTests
{
    private const int MinimumFormulas = 40;

    private static (string Dir, ExternalTool.Result Result) Build(params string[] formats) =>
        CliRunner.BuildTestDocument(["test-data", "math", "formulas.md"], formats);

    [ToolFact("pdffonts", "pdftotext", "epubcheck")]
    public void Every_format_typesets_the_formulas_and_the_unknown_command_is_reported_once_at_its_line()
    {
        var (outDir, result) = Build("pdf", "docx", "epub", "pptx", "slides-pdf");

        var warning = Assert.Single(result.StdErr.Split('\n'), l => l.Contains("[math-unsupported]", StringComparison.Ordinal));
        var line = File.ReadAllLines(Path.Combine(outDir, "..", "formulas.md")).ToList().FindIndex(l => l.Contains("\\foo", StringComparison.Ordinal)) + 1;
        Assert.Contains($"formulas.md:{line}:", warning);
        Assert.Contains("\\foo", warning);

        AssertPdf(Path.Combine(outDir, "formulas.pdf"));
        AssertWord(Path.Combine(outDir, "formulas.docx"));
        AssertEpub(Path.Combine(outDir, "formulas.epub"));
        AssertSlides(Path.Combine(outDir, "formulas.pptx"), Path.Combine(outDir, "formulas.slides.pdf"));
    }

    [ToolFact("soffice", "pdftotext", "pdfimages")]
    public void LibreOffice_shows_the_word_equations_and_the_typeset_slide_fallback()
    {
        var (outDir, _) = Build("docx", "pptx");
        var word = ConvertWithLibreOffice(outDir, "formulas.docx");
        Assert.Contains("lim", ExternalTool.Run("pdftotext", [word, "-"]).StdOut);

        // LibreOffice cannot show Office Math in a slide: it takes the fallback, the text box as typeset pictures.
        var deck = ConvertWithLibreOffice(outDir, "formulas.pptx");
        var images = ExternalTool.Run("pdfimages", ["-list", deck]).StdOut.Split('\n').Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 3 && c[2] == "image").ToList();
        Assert.True(images.Count >= 5, $"{images.Count} pictures in LibreOffice's render of the deck");
        Assert.All(images, c => Assert.True(int.Parse(c[3], CultureInfo.InvariantCulture) >= 1500, $"a fallback picture {c[3]} pixels wide"));
        var text = ExternalTool.Run("pdftotext", [deck, "-"]).StdOut;
        Assert.DoesNotContain("\\frac", text);
        Assert.Contains("矩阵与分段函数", text); // the titles stay text
    }

    [ToolFact("pdftotext")]
    public void A_display_equation_taller_than_a_slide_is_set_smaller_to_fit()
    {
        var dir = TestFiles.NewTempDirectory("tall-formula");
        var rows = string.Join(@" \\ ", Enumerable.Range(0, 80).Select(i => $"{i} & {i + 1}"));
        File.WriteAllText(Path.Combine(dir, "tall.md"), $"# 大矩阵\n\n## 一节\n\n文字。\n\n$$\\begin{{pmatrix}} {rows} \\end{{pmatrix}}$$\n\n后文。\n");
        var result = CliRunner.Run(dir, "build", "tall.md", "--to", "pptx,slides-pdf", "-o", "out", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var pptx = PresentationDocument.Open(Path.Combine(dir, "out", "tall.pptx"), false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(pptx).Select(e => e.Description));
        // The slide shows the text before, the whole matrix and the text after.
        var text = ExternalTool.Run("pdftotext", [Path.Combine(dir, "out", "tall.slides.pdf"), "-"]).StdOut;
        Assert.Contains("文字。", text);
        Assert.Contains("后文。", text);
        Assert.Contains("79", text);
    }

    private static string ConvertWithLibreOffice(string outDir, string file)
    {
        var profile = Path.Combine(outDir, "lo-profile-" + Path.GetExtension(file)[1..]);
        var result = ExternalTool.Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", outDir, Path.Combine(outDir, file)],
            TimeSpan.FromMinutes(3), outDir);
        var pdf = Path.Combine(outDir, Path.ChangeExtension(file, ".pdf"));
        Assert.True(File.Exists(pdf), result.ToString());
        return pdf;
    }

    private static void AssertPdf(string path)
    {
        var fonts = ExternalTool.Run("pdffonts", [path]).StdOut;
        Assert.Matches(@"\+NotoSansMath-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);
        Assert.DoesNotContain("Type 3", fonts);
        var text = ExternalTool.Run("pdftotext", [path, "-"]).StdOut;
        // No TeX reaches the text layer: no \commands (the unknown one is drawn as written but copies as its linear
        // text), no $ delimiters except the prices and shell variables the reader rightly left as text.
        Assert.Empty(Regex.Matches(text, @"\\[a-zA-Z]+"));
        Assert.Equal(4, text.Count(c => c == '$'));
        Assert.Contains("∑_(i = 1)^n i = (n(n + 1))/2", text); // the linear text of a display formula
        Assert.Contains("O(n log n)", text);
        Assert.Contains("若", text); // \text{若 …} in the CJK face
    }

    private static void AssertWord(string path)
    {
        using var docx = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = docx.MainDocumentPart!.Document!.Body!;
        Assert.True(body.Descendants<M.OfficeMath>().Count() >= MinimumFormulas, $"{body.Descendants<M.OfficeMath>().Count()} m:oMath");
        Assert.True(body.Descendants<M.Paragraph>().Count() >= 8); // display equations are m:oMathPara
        Assert.Contains(body.Descendants<M.Nary>(), n => n.NaryProperties?.AccentChar?.Val?.Value == "∑");
        Assert.Contains(body.Descendants<M.Fraction>(), f => f.InnerText.Contains("n+1", StringComparison.Ordinal) || f.InnerText.Contains("n(n", StringComparison.Ordinal));
        Assert.NotEmpty(body.Descendants<M.Matrix>());
        Assert.NotEmpty(body.Descendants<M.Radical>());
        Assert.DoesNotContain("\\frac", body.InnerText);
    }

    private static void AssertEpub(string path)
    {
        Assert.Empty(Epubcheck.Problems(path));
        using var zip = ZipFile.OpenRead(path);
        var chapters = zip.Entries.Where(e => e.FullName.StartsWith("EPUB/text/chapter", StringComparison.Ordinal)).ToList();
        var xhtml = string.Concat(chapters.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.True(Regex.Count(xhtml, "<math ") >= MinimumFormulas);
        Assert.Contains("<munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo>", xhtml);
        Assert.Contains("<mfrac>", xhtml);
        Assert.Contains("alttext=\"\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\"", xhtml);
        var opf = new StreamReader(zip.GetEntry("EPUB/package.opf")!.Open()).ReadToEnd();
        Assert.Matches("href=\"text/chapter1.xhtml\"[^>]*properties=\"mathml\"", opf);
    }

    private static void AssertSlides(string pptxPath, string slidesPdf)
    {
        using (var pptx = PresentationDocument.Open(pptxPath, false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(pptx).Select(e => e.Description));
        using var zip = ZipFile.OpenRead(pptxPath);
        var slides = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.DoesNotContain("\\frac", slides);
        Assert.DoesNotContain("\\sum", slides);
        // A text box with formulas: Office Math for PowerPoint, a picture of the typeset box for readers without it,
        // described by the text with the formulas in linear form.
        Assert.Matches("<mc:Choice [^>]*Requires=\"a14 m\"><p:sp>", slides);
        Assert.Matches("<a14:m><m:oMathPara[ >]", slides); // a display equation on its own
        Assert.Matches("<mc:Fallback><p:pic><p:nvPicPr><p:cNvPr id=\"3\" name=\"[^\"]*\" descr=\"[^\"]*∑_\\(i = 1\\)\\^n i = \\(n\\(n \\+ 1\\)\\)/2", slides);
        Assert.Equal(Regex.Count(slides, "<mc:Fallback><p:pic>"), zip.Entries.Count(e => e.FullName.StartsWith("ppt/media/image", StringComparison.Ordinal)));
        // Each display equation is centred.
        var displays = Regex.Matches(slides, "<a:p><a:pPr [^>]*>(?:(?!</a:p>).)*<m:oMathPara[ >]");
        Assert.True(displays.Count >= 8, $"{displays.Count} display equations on the slides");
        foreach (Match paragraph in displays)
            Assert.Contains("algn=\"ctr\"", paragraph.Value);
        var text = ExternalTool.Run("pdftotext", [slidesPdf, "-"]).StdOut;
        Assert.DoesNotContain("\\frac", text);
        Assert.Contains("∑_(i = 1)^n i = (n(n + 1))/2", text); // typeset on the slide, copied as its linear text
        Assert.Matches(@"\+NotoSansMath-Regular\s+CID TrueType", ExternalTool.Run("pdffonts", [slidesPdf]).StdOut);
    }
}
