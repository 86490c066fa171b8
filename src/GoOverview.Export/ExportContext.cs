using GoOverview.Export.Code;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;
using GoOverview.Rendering.Images;

namespace GoOverview.Export;

/// <summary>What every writer of one run shares: the diagnostics sink, the fonts (loaded and subset once), the resource
/// reader, the image service (every image checked, decoded and rasterised once, for all writers) and the code
/// highlighter.</summary>
public sealed class ExportContext(DiagnosticBag diagnostics, FontLibrary fonts, ResourceResolver resources, DateTimeOffset timestamp, long imagePixelBudget = ReadLimits.ImagePixels) : IDisposable
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public FontLibrary Fonts { get; } = fonts;

    public ResourceResolver Resources { get; } = resources;

    public ImageService Images { get; } = new(resources, diagnostics, imagePixelBudget);

    /// <summary>Code blocks highlighted once for all writers (`--highlight-style`, `--no-highlight`).</summary>
    public CodeHighlighter Code { get; init; } = new(diagnostics, HighlightOptions.Default);

    /// <summary>
    /// The build's fixed timestamp (SOURCE_DATE_EPOCH, else the source file's modification time), so repeated
    /// builds of the same input give identical files.
    /// </summary>
    public DateTimeOffset Timestamp { get; } = timestamp;

    /// <summary>A context for a document: resources resolve against its folder; the timestamp follows the rules above.</summary>
    /// <remarks>The document's code blocks start highlighting in the background at once (<see cref="CodeHighlighter.Prefetch"/>).</remarks>
    public static ExportContext For(Document document, DiagnosticBag diagnostics, FontLibrary fonts, bool allowOutside = false, long imagePixelBudget = ReadLimits.ImagePixels, HighlightOptions? highlight = null)
    {
        var context = new ExportContext(diagnostics, fonts, new ResourceResolver(document.BaseDirectory, diagnostics, allowOutside), TimestampFor(document), imagePixelBudget)
        {
            Code = new CodeHighlighter(diagnostics, highlight ?? HighlightOptions.Default),
        };
        context.Code.Prefetch(document);
        return context;
    }

    public void Dispose()
    {
        Code.WaitForPrefetch();
        Images.Dispose();
    }

    /// <summary>When the built-in sample (which has no file to take a date from) was last revised.</summary>
    public static readonly DateTimeOffset BuiltInSampleRevision = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset TimestampFor(Document document)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, out var seconds)) return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (File.Exists(document.SourcePath))
        {
            var mtime = File.GetLastWriteTimeUtc(document.SourcePath);
            return new DateTimeOffset(mtime.Ticks - mtime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        }
        return BuiltInSampleRevision;
    }
}
