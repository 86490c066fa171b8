using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>LibreOffice opens our decks: one PDF page per slide, and no text outside the boxes the planner gave it.</summary>
public sealed class RenderTests(ITestOutputHelper output)
{
    /// <summary>Rounding of positions in the PDF.</summary>
    private const double Tolerance = 1.0;

    /// <summary>
    /// pdftotext's word box spans the font's whole ascent and descent (Noto Sans SC: 1.16 + 0.288 em); the part
    /// below the baseline is descent room, not ink, so a word counts as inside when its baseline is.
    /// </summary>
    private const double DescentShare = 0.288 / 1.448;

    [ToolFact("soffice", "pdftotext", "pdfinfo", HermeticFonts = true)]
    public void SeedDeckRendersOnePagePerSlideWithNoTextOutsideItsBox() => AssertRendersInsideBoxes(Decks.Seed, SeedPdf.Value.Pdf);

    /// <summary>The seed deck as LibreOffice draws it (one conversion for the tests of this class).</summary>
    private static readonly Lazy<LibreOffice.Converted> SeedPdf = new(() => LibreOffice.ConvertToPdf(Decks.Seed.Path));

    [ToolFact("soffice", "pdffonts", "fc-list", HermeticFonts = true)]
    public void SeedDeckIsDrawnWithTheBundledNotoSansScWhateverFontsTheMachineHas()
    {
        // LibreOffice's fontconfig shows the bundled fonts and one Latin-only font, nothing the machine has installed:
        // its only Chinese fonts are the bundled Noto Sans SC files (and the serif body face, which the deck never names)
        var fontconfig = SeedPdf.Value.Fontconfig;
        var bundled = LibreOffice.BundledFontsDirectory;
        Assert.Equal(
            [$"Noto Sans SC: {Path.Combine(bundled, "NotoSansSC-Bold.ttf")}", $"Noto Sans SC: {Path.Combine(bundled, "NotoSansSC-Regular.ttf")}",
             $"Noto Serif SC: {Path.Combine(bundled, "NotoSerifSC-Regular.ttf")}"],
            fontconfig.ChineseFonts());
        Assert.All(fontconfig.FontFiles(), f => Assert.True(
            f.StartsWith(fontconfig.LatinFontDirectory + "/", StringComparison.Ordinal) || f.StartsWith(bundled + "/", StringComparison.Ordinal), f));

        var fonts = PdfFonts.Names(SeedPdf.Value.Pdf);
        output.WriteLine(string.Join(", ", fonts));
        Assert.Contains("NotoSansSC-Regular", fonts);
        Assert.Contains("NotoSansSC-Bold", fonts);
    }

    [ToolFact("soffice", "pdftotext", "pdfinfo", HermeticFonts = true)]
    public void PictureFixtureRendersOnePagePerSlideWithNoTextOutsideItsBox() => AssertRendersInsideBoxes(Decks.Write(PictureFixtures.Write(), "pictures-render"));

    [ToolFact("soffice", "pdftotext", "pdfinfo", HermeticFonts = true)]
    public void MixedFixtureRendersOnePagePerSlideWithNoTextOutsideItsBox() => AssertRendersInsideBoxes(Decks.Write(Fixtures.Mixed(), "mixed"));

    private void AssertRendersInsideBoxes(WrittenDeck deck, string? pdf = null)
    {
        pdf ??= LibreOffice.ConvertToPdf(deck.Path).Pdf;
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
        SectionSlide => [theme.SectionTitleBox, theme.SlideNumberBox, theme.SectionNumberBox],
        PictureSlide p => p.CaptionBox is { } caption ? [theme.TitleBox, caption, theme.SlideNumberBox, theme.TagBox] : [theme.TitleBox, theme.SlideNumberBox, theme.TagBox],
        _ => [theme.TitleBox, theme.BodyBox, theme.SlideNumberBox, theme.TagBox],
    };

    private static bool Inside(PdfWord w, Box b)
    {
        var baseline = w.YMax - DescentShare * (w.YMax - w.YMin);
        return w.XMin >= b.X - Tolerance && w.XMax <= b.Right + Tolerance && w.YMin >= b.Y - Tolerance && baseline <= b.Bottom + Tolerance;
    }
}
