using DocumentFormat.OpenXml.Packaging;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Pptx;

namespace GoOverview.Slides;

/// <summary>
/// The slide deck (.pptx) writer: plans the slides (measured with the layout engine so nothing overflows), then
/// fills the built-in template or the user's reference deck with them.
/// </summary>
public sealed class PptxWriter : IDocumentWriter
{
    private readonly PptxOptions _options;
    private readonly Func<FontLibrary, ITextMeasurer> _measurerFor;

    public PptxWriter() : this(PptxOptions.Default)
    {
    }

    public PptxWriter(PptxOptions options) : this(options, fonts => new LayoutTextMeasurer(fonts))
    {
    }

    internal PptxWriter(PptxOptions options, Func<FontLibrary, ITextMeasurer> measurerFor)
    {
        _options = options;
        _measurerFor = measurerFor;
    }

    public string Format => "pptx";

    public string Extension => ".pptx";

    public void Write(Document document, Stream output, ExportContext context)
    {
        var fontFamily = context.Fonts.Regular.Family;
        var monoFamily = context.Fonts.Mono.Family;
        var template = _options.ReferencePptxPath is { } path ? ReadReference(path) : DefaultTemplate.Create(SlideTheme.Default, fontFamily);

        using var buffer = new MemoryStream();
        buffer.Write(template);
        buffer.Position = 0;
        using (var package = OpenTemplate(buffer, _options.ReferencePptxPath))
        {
            var presentation = package.PresentationPart ?? throw new ContentException("the slide template has no presentation part");
            var (width, height) = PresentationList.SlideSize(presentation);
            var plan = Plan(document, SlideTheme.ForSlideSize(width, height), context);
            PresentationList.RemoveTemplateSlides(presentation);
            new DeckBuilder(package, context, fontFamily, monoFamily).Fill(plan, document.Metadata);
        }
        DeterministicZip.Copy(buffer.ToArray(), output, context.Timestamp);
    }

    internal SlidePlan Plan(Document document, SlideTheme theme, ExportContext context)
    {
        var measurer = _measurerFor(context.Fonts);
        try
        {
            return new SlidePlanner(theme, measurer, context.Diagnostics).Plan(document);
        }
        finally
        {
            (measurer as IDisposable)?.Dispose();
        }
    }

    private static byte[] ReadReference(string path)
    {
        if (!File.Exists(path)) throw new ContentException($"reference deck not found: {path}");
        return File.ReadAllBytes(path);
    }

    private static PresentationDocument OpenTemplate(MemoryStream buffer, string? referencePath)
    {
        try
        {
            return PresentationDocument.Open(buffer, true);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new ContentException($"reference deck {referencePath} is not a readable .pptx file: {e.Message}");
        }
    }
}
