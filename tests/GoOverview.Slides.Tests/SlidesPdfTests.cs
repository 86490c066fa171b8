using System.Text.RegularExpressions;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>The slide plan drawn as PDF: one 16:9 page per slide, every slide's text, embedded subset fonts, links.</summary>
public sealed class SlidesPdfTests(ITestOutputHelper output)
{
    private static readonly Lazy<(string Path, SlidePlan Plan)> Seed = new(() => Write(TestFiles.ReadSeed(), "go-overview"));

    private static (string Path, SlidePlan Plan) Write(Document document, string name)
    {
        var diagnostics = new DiagnosticBag();
        using var buffer = new MemoryStream();
        new SlidesPdfWriter().Write(document, buffer, Decks.Context(document, diagnostics));
        var path = Path.Combine(TestFiles.NewTempDirectory("gooverview-slidespdf"), name + ".slides.pdf");
        File.WriteAllBytes(path, buffer.ToArray());
        return (path, Decks.Plan(document, new DiagnosticBag()));
    }

    [ToolFact("pdftotext", "pdfinfo")]
    public void EverySlideIsOneSixteenByNinePageWithItsText()
    {
        var (path, plan) = Seed.Value;
        output.WriteLine(path);
        var info = ExternalTool.Run("pdfinfo", [path]);
        Assert.Matches($@"Pages:\s+{plan.Slides.Length}\n", info.StdOut);
        Assert.Matches(@"Page size:\s+960 x 540 pts", info.StdOut);
        for (var i = 0; i < plan.Slides.Length; i++)
        {
            var page = ExternalTool.Run("pdftotext", ["-f", $"{i + 1}", "-l", $"{i + 1}", "-layout", path, "-"]);
            var text = Squeeze(page.StdOut);
            var slide = plan.Slides[i];
            Assert.Contains(Squeeze(slide.Title), text);
            if (slide is ContentSlide content)
                foreach (var paragraph in content.Body) Assert.Contains(Squeeze(paragraph.Text), text);
        }
    }

    [ToolFact("pdffonts")]
    public void FontsAreEmbeddedSubsetsAndNoneIsType3()
    {
        var fonts = ExternalTool.Run("pdffonts", [Seed.Value.Path]);
        Assert.True(fonts.ExitCode == 0, fonts.ToString());
        output.WriteLine(fonts.StdOut);
        var rows = fonts.StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.DoesNotContain("Type 3", row);
            Assert.Matches(@"^[A-Z]{6}\+", row); // subset tag
            Assert.Matches(@"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row); // emb yes, sub yes
        });
        Assert.Contains(rows, r => r.Contains("NotoSansSC-Bold", StringComparison.Ordinal));
    }

    [ToolFact("qpdf")]
    public void QpdfFindsNoProblem()
    {
        var check = ExternalTool.Run("qpdf", ["--check", Seed.Value.Path]);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void KeyTermsAreRedAndLinksAreAnnotations()
    {
        using var pdf = PdfDocument.Open(Seed.Value.Path);
        var red = pdf.GetPages().SelectMany(p => p.Letters)
            .Where(l => l.Color.ToRGBValues() is var (r, g, b) && r > 0.9 && g < 0.1 && b < 0.1)
            .Select(l => l.Value).ToList();
        var redText = string.Concat(red);
        foreach (var term in new[] { "分布式账本", "排序，推荐，搜索等" }) Assert.Contains(term, redText);
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations())
            .Where(a => a.Type == AnnotationType.Link && a.Action is UriAction)
            .Select(a => ((UriAction)a.Action!).Uri).Distinct().ToList();
        Assert.Equal(21, uris.Count);
        Assert.Contains("https://www.php.cn/faq/468212.html", uris);
    }

    [Fact]
    public void AnInternalLinkJumpsToThePageOfItsHeading()
    {
        var (path, plan) = Write(Fixtures.Mixed(), "mixed");
        using var pdf = PdfDocument.Open(path);
        var source = pdf.GetPages().Single(p => p.Text.Contains("跳到", StringComparison.Ordinal));
        var jump = source.GetAnnotations().Single(a => a.Type == AnnotationType.Link && a.Action is GoToAction);
        var target = ((GoToAction)jump.Action!).Destination.PageNumber;
        Assert.Equal("1.1 嵌套", plan.Slides[target - 1].Title);
        Assert.Contains(source.GetAnnotations(), a => a.Action is UriAction u && u.Uri == "https://go.dev/");
    }

    [ToolFact("pdftotext", "pdfimages")]
    public void PicturesAreDrawnOnTheirPages()
    {
        var (path, plan) = Write(PictureFixtures.Write(), "pictures");
        var list = ExternalTool.Run("pdfimages", ["-list", path]);
        var pages = list.StdOut.Split('\n').Skip(2).Select(l => Regex.Match(l, @"^\s*(\d+)\s+\d+\s+image"))
            .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        var expected = plan.Slides.Select((s, i) => (s, i + 1)).Where(x => x.s is PictureSlide).Select(x => x.Item2).ToList();
        Assert.Equal(expected, pages);
    }

    [Fact]
    public void WritingTwiceGivesTheSameBytes()
    {
        var first = File.ReadAllBytes(Seed.Value.Path);
        var again = File.ReadAllBytes(Write(TestFiles.ReadSeed(), "again").Path);
        Assert.Equal(first, again);
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", "");
}
