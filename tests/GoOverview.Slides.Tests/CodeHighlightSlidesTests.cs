using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests;

/// <summary>Highlighted code on slides: a valid deck, coloured monospaced runs, never below 14 pt.</summary>
public sealed class CodeHighlightSlidesTests
{
    private static readonly Lazy<WrittenDeck> Deck = new(() => Decks.Write(CodeSamples.Read(), "code"));

    [Fact]
    public void The_code_deck_validates()
    {
        using var document = Deck.Value.Open();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void The_first_Go_slide_draws_code_in_at_least_four_colours_of_the_monospaced_face()
    {
        using var document = Deck.Value.Open();
        static List<System.Xml.Linq.XElement> CodeRuns(SlideXmlView slide) => slide.Root.Descendants(SlideXmlView.A + "rPr")
            .Where(r => (string?)r.Element(SlideXmlView.A + "latin")?.Attribute("typeface") == "JetBrains Mono").ToList();
        var slide = SlideXmlView.All(document).First(s => s.Title == "Go" && CodeRuns(s).Count > 0);
        var codeRuns = CodeRuns(slide);
        var colours = codeRuns.Select(r => (string?)r.Descendants(SlideXmlView.A + "srgbClr").FirstOrDefault()?.Attribute("val")).OfType<string>().Distinct().Count();
        Assert.True(colours >= 4, $"{colours} colours");
    }

    [Fact]
    public void Code_slides_are_never_set_below_14_pt_and_a_long_block_continues_at_a_line_boundary()
    {
        var plan = Deck.Value.Plan;
        var code = plan.Slides.OfType<ContentSlide>().Where(s => s.Body.Any(p => p.Runs.Any(r => r.Style.Monospace))).ToList();
        Assert.NotEmpty(code);
        Assert.All(code, s => Assert.True(s.FontSize >= 14, $"{s.Title}: {s.FontSize} pt"));
        // the Go block is longer than a slide: its continuation starts with a whole source line
        var go = CodeSamples.CodeBlocks(CodeSamples.Read()).First(b => b.Language == "go");
        var sourceLines = go.Text.Split('\n').Select(l => l.Replace("\t", "    ")).ToHashSet();
        var continued = plan.Slides.OfType<ContentSlide>().First(s => s.Title == "Go" + GoOverview.Model.Localisation.FurnitureWords.SimplifiedChinese.Continued);
        Assert.Contains(continued.Body[0].Text, sourceLines);
    }
}
