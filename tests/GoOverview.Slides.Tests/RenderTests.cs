using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>LibreOffice opens our decks: one PDF page per slide, and no text outside the boxes the planner gave it.</summary>
public sealed class RenderTests(ITestOutputHelper output)
{
    /// <summary>Glyph boxes (pdftotext uses the font's full ascent/descent) may poke slightly past the text box.</summary>
    private const double Tolerance = 2.0;

    [ToolFact("soffice", "pdftotext", "pdfinfo")]
    public void SeedDeckRendersOnePagePerSlideWithNoTextOutsideItsBox() => AssertRendersInsideBoxes(Decks.Seed);

    [ToolFact("soffice", "pdftotext", "pdfinfo")]
    public void MixedFixtureRendersOnePagePerSlideWithNoTextOutsideItsBox() => AssertRendersInsideBoxes(Decks.Write(Fixtures.Mixed(), "mixed"));

    private void AssertRendersInsideBoxes(WrittenDeck deck)
    {
        var pdf = LibreOffice.ConvertToPdf(deck.Path);
        output.WriteLine(pdf);
        var info = ExternalTool.Run("pdfinfo", [pdf]);
        Assert.Matches($@"Pages:\s+{deck.Plan.Slides.Length}\n", info.StdOut);

        var (words, pages, width, height) = PdfWords.Read(pdf);
        Assert.Equal(deck.Plan.Slides.Length, pages);
        var theme = deck.Plan.Theme;
        Assert.Equal(theme.SlideWidth, width, 0.5);
        Assert.Equal(theme.SlideHeight, height, 0.5);
        var outside = new List<string>();
        foreach (var word in words)
        {
            var slide = deck.Plan.Slides[word.Page - 1];
            var boxes = BoxesOf(slide, theme);
            if (!boxes.Any(b => Inside(word, b)))
                outside.Add($"slide {word.Page} \"{slide.Title}\": '{word.Text}' at ({word.XMin:F1},{word.YMin:F1})-({word.XMax:F1},{word.YMax:F1})");
        }
        foreach (var o in outside.Take(40)) output.WriteLine(o);
        Assert.Empty(outside);
        Assert.True(words.Count > deck.Plan.Slides.Length, "the PDF should hold the slides' text");
    }

    private static Box[] BoxesOf(PlannedSlide slide, SlideTheme theme) => slide switch
    {
        TitleSlide => [theme.DeckTitleBox, theme.DeckSubtitleBox],
        SectionSlide => [theme.SectionTitleBox, theme.SlideNumberBox],
        _ => [theme.TitleBox, theme.BodyBox, theme.SlideNumberBox],
    };

    private static bool Inside(PdfWord w, Box b) =>
        w.XMin >= b.X - Tolerance && w.XMax <= b.Right + Tolerance && w.YMin >= b.Y - Tolerance && w.YMax <= b.Bottom + Tolerance;
}
