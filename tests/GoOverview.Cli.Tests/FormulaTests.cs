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

    [ToolFact("soffice", "pdftotext")]
    public void LibreOffice_shows_the_word_equations_and_the_slide_fallback()
    {
        var (outDir, _) = Build("docx", "pptx");
        foreach (var (file, expected) in new[] { ("formulas.docx", "lim"), ("formulas.pptx", "∑_(i = 1)^n i = (n(n + 1))/2") })
        {
            var profile = Path.Combine(outDir, "lo-profile-" + Path.GetExtension(file)[1..]);
            var result = ExternalTool.Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", outDir, Path.Combine(outDir, file)],
                TimeSpan.FromMinutes(3), outDir);
            var pdf = Path.Combine(outDir, Path.ChangeExtension(file, ".pdf"));
            Assert.True(File.Exists(pdf), result.ToString());
            var text = ExternalTool.Run("pdftotext", [pdf, "-"]).StdOut;
            Assert.Contains(expected, text);
            File.Delete(pdf);
        }
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
        // Office Math for PowerPoint, linear text for readers without it.
        Assert.Matches("<mc:Choice [^>]*Requires=\"a14 m\"><a14:m><m:oMath", slides);
        Assert.Contains("<mc:Fallback><a:r>", slides);
        var text = ExternalTool.Run("pdftotext", [slidesPdf, "-"]).StdOut;
        Assert.DoesNotContain("\\frac", text);
        Assert.Contains("∑_(i = 1)^n i = (n(n + 1))/2", text); // typeset on the slide, copied as its linear text
        Assert.Matches(@"\+NotoSansMath-Regular\s+CID TrueType", ExternalTool.Run("pdffonts", [slidesPdf]).StdOut);
    }
}
