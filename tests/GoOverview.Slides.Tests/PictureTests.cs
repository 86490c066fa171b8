using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>Figures become picture slides: a real picture part, scaled into the body box, with alt text and caption.</summary>
public sealed class PictureTests(ITestOutputHelper output)
{
    private static readonly Lazy<WrittenDeck> Deck = new(() => Decks.Write(PictureFixtures.Write(), "pictures"));

    [Fact]
    public void AnImageOnlySectionIsAPictureSlideWithTheSectionTitleAndImagesAmongTextGetTheirOwnSlide()
    {
        var slides = Deck.Value.Plan.Slides;
        Assert.Equal(["图片测试", "图片", "1.1 只有图片", "1.2 图文混排", "1.2 图文混排（图）", "1.3 缺少的图片", SlidePlanner.ClosingTitle], slides.Select(s => s.Title));
        var photo = Assert.IsType<PictureSlide>(slides[2]);
        Assert.Equal("p11", photo.AnchorId);
        Assert.Equal("image/png", photo.Picture.MediaType);
        Assert.Equal("图1：Go吉祥物", string.Concat(photo.Caption.Select(r => r.Text)));
        var diagram = Assert.IsType<PictureSlide>(slides[4]);
        Assert.Equal("image/png", diagram.Picture.MediaType); // the SVG, rasterised
        Assert.True(diagram.Picture.PixelWidth >= 1600, $"SVG rasterised at {diagram.Picture.PixelWidth} px");
        Assert.All(slides.OfType<PictureSlide>(), p => Assert.Contains("图", p.Notes));
    }

    [Fact]
    public void PicturesKeepTheirAspectAndStayInsideTheBodyBoxAboveTheirCaption()
    {
        var plan = Deck.Value.Plan;
        var body = plan.Theme.BodyBox;
        foreach (var slide in plan.Slides.OfType<PictureSlide>())
        {
            var box = slide.PictureBox;
            output.WriteLine($"{slide.Title}: {box} caption {slide.CaptionBox}");
            Assert.True(box.X >= body.X && box.Right <= body.Right && box.Y >= body.Y && box.Bottom <= body.Bottom, $"{box} outside {body}");
            Assert.Equal(slide.Picture.NaturalWidth / slide.Picture.NaturalHeight, box.Width / box.Height, 1);
            var caption = Assert.NotNull(slide.CaptionBox);
            Assert.True(caption.Y >= box.Bottom && caption.Bottom <= body.Bottom, $"caption {caption} overlaps or leaves the body box");
        }
    }

    [Fact]
    public void TheDeckHasPicturePartsWithAltTextAndPassesTheValidator()
    {
        using var document = Deck.Value.Open();
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var slides = SlideXmlView.All(document);
        var plan = Deck.Value.Plan;
        var pictures = 0;
        foreach (var slide in slides)
        {
            foreach (var pic in slide.Root.Descendants(SlideXmlView.P + "pic"))
            {
                pictures++;
                var planned = Assert.IsType<PictureSlide>(plan.Slides[slide.Number - 1]);
                var id = (string)pic.Descendants(SlideXmlView.A + "blip").Single().Attribute(SlideXmlView.R + "embed")!;
                var part = slide.Part.GetPartById(id);
                Assert.Equal(planned.Picture.MediaType, part.ContentType);
                using (var stream = part.GetStream()) Assert.Equal(planned.Picture.Data.Length, stream.Length);
                Assert.Equal(planned.Picture.Description, (string?)pic.Descendants(SlideXmlView.P + "cNvPr").Single().Attribute("descr"));
                var off = pic.Descendants(SlideXmlView.A + "off").Single();
                var ext = pic.Descendants(SlideXmlView.A + "ext").Single();
                var body = plan.Theme.BodyBox;
                Assert.InRange((long)off.Attribute("x")!, (long)(body.X * 12700), (long)(body.Right * 12700));
                Assert.InRange((long)off.Attribute("y")! + (long)ext.Attribute("cy")!, (long)(body.Y * 12700), (long)(body.Bottom * 12700));
                Assert.True((long)off.Attribute("x")! + (long)ext.Attribute("cx")! <= (long)(body.Right * 12700));
            }
        }
        Assert.Equal(2, pictures);
        Assert.Contains(PictureFixtures.PngAlt, slides.Select(s => s.Root.ToString()).First(x => x.Contains("descr=")));
    }

    [Fact]
    public void AMissingImageLeavesItsCaptionInTheTextAndAWarningWithItsLine()
    {
        var deck = Deck.Value;
        var slide = deck.Plan.Slides.OfType<ContentSlide>().Single(s => s.Title == "1.3 缺少的图片");
        Assert.Contains(slide.Body, p => p.Text.Contains("图3：缺失", StringComparison.Ordinal));
        var warning = Assert.Single(deck.Diagnostics.Items, d => d.Code == "resource-missing");
        Assert.Contains("missing.png", warning.Message);
        Assert.NotNull(warning.Location);
    }

    [ToolFact("soffice", "pdfimages", "pdftotext", HermeticFonts = true)]
    public void LibreOfficeDrawsThePicturesOnTheirSlides()
    {
        var deck = Deck.Value;
        var pdf = LibreOffice.ConvertToPdf(deck.Path).Pdf;
        output.WriteLine(pdf);
        var list = ExternalTool.Run("pdfimages", ["-list", pdf]);
        Assert.True(list.ExitCode == 0, list.ToString());
        // "page num type width height ...": the pages that carry an image
        var pages = list.StdOut.Split('\n').Skip(2).Select(l => Regex.Match(l, @"^\s*(\d+)\s+\d+\s+image\s+(\d+)\s+(\d+)"))
            .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        var expected = deck.Plan.Slides.Select((s, i) => (s, i + 1)).Where(x => x.s is PictureSlide).Select(x => x.Item2).ToList();
        Assert.Equal(expected, pages);
        var (words, count, _, _) = PdfWords.Read(pdf);
        Assert.Equal(deck.Plan.Slides.Length, count);
        Assert.Contains(words, w => w.Page == expected[0] && w.Text.Contains("吉祥物", StringComparison.Ordinal));
    }
}
