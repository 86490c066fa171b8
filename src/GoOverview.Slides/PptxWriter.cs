using GoOverview.Export.Packaging;
using System.IO.Compression;
using System.Xml;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Pptx;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides;

/// <summary>
/// The slide deck (.pptx) writer: plans the slides (measured with the layout engine so nothing overflows), then
/// fills the built-in template or the user's reference deck with them.
/// </summary>
public sealed class PptxWriter : IDocumentWriter
{
    private readonly PptxOptions _options;

    public PptxWriter() : this(PptxOptions.Default)
    {
    }

    public PptxWriter(PptxOptions options)
    {
        _options = options;
    }

    public string Format => "pptx";

    public string Extension => ".pptx";

    public void Write(Document document, Stream output, ExportContext context)
    {
        var clock = new PhaseClock("pptx");
        var fontFamily = context.Fonts.Regular.Family;
        var monoFamily = context.Fonts.Mono.Family;
        var package = _options.ReferencePptxPath is { } path ? ReadReference(path) : DefaultTemplate.Create(SlideTheme.Default, fontFamily);
        clock.Mark("template");
        var presentation = package.RelatedByType(package.Root, RelationshipTypes.OfficeDocument).FirstOrDefault()
            ?? throw new ContentException($"the slide template {_options.ReferencePptxPath} has no presentation part");
        var (width, height) = PresentationList.SlideSize(presentation);
        using var planning = SubsetPlanning.Run(document, SlideTheme.ForSlideSize(width, height), context, clock, Cutting);
        clock.Mark("plan");
        PresentationList.RemoveTemplateSlides(presentation);
        new DeckBuilder(package, presentation, context, fontFamily, monoFamily, _options.EmbedFonts, planning.Shaping)
            .Fill(planning.Plan, planning.Characters, document.Metadata);
        clock.Mark("fill");
        package.Write(output, context.Timestamp, CompressionLevel.Fastest);
        clock.Mark("zip");
    }

    internal SlidePlan Plan(Document document, SlideTheme theme, ExportContext context)
    {
        using var planning = SubsetPlanning.Run(document, theme, context, cutting: Cutting);
        return planning.Plan;
    }

    private SlideCutting Cutting => new(_options.SlideLevel);

    private static OpcPackage ReadReference(string path)
    {
        if (!File.Exists(path)) throw new ContentException($"reference deck not found: {path}");
        try
        {
            using var zip = ReferenceZip.Open(path, "reference deck");
            return OpcPackage.Read(zip);
        }
        catch (FileRefusedException e)
        {
            throw new ContentException(e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw new ContentException($"reference deck {path} is not a readable .pptx file: {e.Message}");
        }
    }
}
