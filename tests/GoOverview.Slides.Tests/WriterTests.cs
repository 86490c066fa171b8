using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Model;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests;

/// <summary>Writer behaviour on model fixtures: internal links, illegal characters, reference decks.</summary>
public sealed class WriterTests
{
    [Fact]
    public void AnInternalLinkJumpsToTheSlideOfItsHeading()
    {
        var deck = Decks.Write(Fixtures.Mixed(), "links");
        using var document = deck.Open();
        var slides = SlideXmlView.All(document);
        var source = slides.Single(s => s.Text.Contains("跳到", StringComparison.Ordinal));
        var jump = source.Root.Descendants(SlideXmlView.A + "hlinkClick").Single(h => (string?)h.Attribute("action") == "ppaction://hlinksldjump");
        var target = source.Part.GetPartById((string)jump.Attribute(SlideXmlView.R + "id")!);
        Assert.Equal("1.1 嵌套", slides.Single(s => s.Part == target).Title);
        Assert.Contains(source.Part.HyperlinkRelationships, r => r.Uri.ToString() == "https://go.dev/");
    }

    [Fact]
    public void CharactersXmlCannotHoldAreRemovedWithADiagnostic()
    {
        var document = Fixtures.Doc("坏字符", Fixtures.H(3, "3.1 控制字符"), Fixtures.P("前\u0001后\u000B完"));
        var deck = Decks.Write(document, "illegal");
        using var opened = deck.Open();
        Assert.Contains(SlideXmlView.All(opened), s => s.Text.Contains("前后完", StringComparison.Ordinal));
        var warning = Assert.Single(deck.Diagnostics.Items, d => d.Code == "xml-illegal-character" && d.Location is not null);
        Assert.Contains("U+0001", warning.Message);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(opened));
    }

    [Fact]
    public void AReferenceDeckLendsItsLayoutsAndLosesItsOwnSlides()
    {
        // The seed deck used as a user's template: its 56 slides must go, its layouts and theme stay.
        var deck = Decks.Write(Fixtures.Mixed(), "with-reference", new PptxOptions { ReferencePptxPath = Decks.Seed.Path });
        using var document = deck.Open();
        var slides = SlideXmlView.All(document);
        Assert.Equal(deck.Plan.Slides.Length, slides.Count);
        Assert.Equal(deck.Plan.Slides.Length, document.PresentationPart!.SlideParts.Count());
        Assert.Equal("Title and Content", Layout(slides[1]));
        var divider = deck.Plan.Slides.ToList().FindIndex(s => s is SectionSlide);
        Assert.Equal("Section Header", Layout(slides[divider]));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void AReferenceDeckWithoutTheLayoutNamesFallsBackAndSaysSo()
    {
        var renamed = Path.Combine(Path.GetDirectoryName(Decks.Seed.Path)!, "renamed-layouts.pptx");
        File.WriteAllBytes(renamed, Decks.Seed.Bytes);
        using (var template = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(renamed, true))
        {
            foreach (var layout in template.PresentationPart!.SlideMasterParts.SelectMany(m => m.SlideLayoutParts))
            {
                XElement root;
                using (var read = layout.GetStream()) root = XElement.Load(read);
                root.Element(SlideXmlView.P + "cSld")!.SetAttributeValue("name", "自定义版式");
                using var stream = layout.GetStream(FileMode.Create);
                root.Save(stream);
            }
        }
        var deck = Decks.Write(Fixtures.Mixed(), "fallback", new PptxOptions { ReferencePptxPath = renamed });
        Assert.Contains(deck.Diagnostics.Items, d => d.Code == "pptx-layout-fallback");
        using var document = deck.Open();
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void AMissingReferenceDeckIsAClearError()
    {
        var e = Assert.Throws<GoOverview.Model.Diagnostics.ContentException>(() =>
            Decks.Write(Fixtures.Mixed(), "missing", new PptxOptions { ReferencePptxPath = "/nonexistent/ref.pptx" }));
        Assert.Contains("/nonexistent/ref.pptx", e.Message);
    }

    [Fact]
    public void AReferenceDeckThatIsNotAPptxOrHasBrokenXmlIsAClearError()
    {
        var dir = TestFiles.NewTempDirectory("gooverview-badref");
        var notZip = Path.Combine(dir, "not-a-deck.pptx");
        File.WriteAllText(notZip, "这不是演示文稿");
        var e = Assert.Throws<GoOverview.Model.Diagnostics.ContentException>(() =>
            Decks.Write(Fixtures.Mixed(), "bad1", new PptxOptions { ReferencePptxPath = notZip }));
        Assert.Contains("not a readable .pptx", e.Message);

        var broken = Path.Combine(dir, "broken-layout.pptx");
        File.WriteAllBytes(broken, Decks.Seed.Bytes);
        using (var zip = System.IO.Compression.ZipFile.Open(broken, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("ppt/slideLayouts/slideLayout1.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("ppt/slideLayouts/slideLayout1.xml").Open());
            writer.Write("<p:sldLayout><unclosed>");
        }
        e = Assert.Throws<GoOverview.Model.Diagnostics.ContentException>(() =>
            Decks.Write(Fixtures.Mixed(), "bad2", new PptxOptions { ReferencePptxPath = broken }));
        Assert.Contains("/ppt/slideLayouts/slideLayout1.xml", e.Message);
    }

    private static string Layout(SlideXmlView slide)
    {
        var layout = slide.Part.SlideLayoutPart!;
        return (string)XElement.Load(layout.GetStream()).Element(SlideXmlView.P + "cSld")!.Attribute("name")!;
    }
}
