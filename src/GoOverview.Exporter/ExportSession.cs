using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview;

/// <summary>
/// One document on its way to one or more formats: the checks every format shares run once (characters no font has,
/// links to missing #ids), then every writer shares one context (fonts, subsets, images). Writers may run in parallel.
/// </summary>
public sealed class ExportSession : IDisposable
{
    private readonly Document _document;
    private readonly ExportOptions _options;
    private readonly ExportContext _context;

    private ExportSession(Document document, ExportOptions options, ExportContext context)
    {
        _document = document;
        _options = options;
        _context = context;
    }

    public static ExportSession Start(Document document, DiagnosticBag diagnostics, FontLibrary fonts, ExportOptions options)
    {
        DocumentCharacters.ReportUncovered(document, fonts, diagnostics);
        InternalLinks.ReportBroken(document, diagnostics);
        return new ExportSession(document, options, ExportContext.For(document, diagnostics, fonts, options.AllowOutside, options.MaxImagePixels, options.Highlight));
    }

    /// <summary>Writes one format (see <see cref="Writers.Formats"/>).</summary>
    /// <exception cref="ContentException">The document cannot be written correctly in this format.</exception>
    public void Write(string format, Stream output) => Writers.Create(format, _options).Write(_document, output, _context);

    public void Dispose() => _context.Dispose();
}
