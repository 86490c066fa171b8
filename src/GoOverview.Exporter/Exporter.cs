using GoOverview.Fonts;
using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview;

/// <summary>What an export reported: warnings and errors, each with its source line.</summary>
public sealed record ExportResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The library's front door: Markdown in, a PDF handout, Word file, EPUB, slide deck (or the model as JSON) out.
/// <code>
/// using var pdf = File.Create("notes.pdf");
/// var result = Exporter.Export(File.ReadAllText("notes.md"), "pdf", pdf, new ExportOptions { BaseDirectory = "." });
/// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
/// </code>
/// Thread-safe: the bundled fonts are loaded once per process and shared.
/// </summary>
public static class Exporter
{
    private static readonly Lazy<FontLibrary> SharedFonts = new(() => FontLibrary.LoadBundled(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The formats <see cref="Export"/> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Writers.Formats, "json"];

    /// <exception cref="ArgumentException">An unknown format.</exception>
    /// <exception cref="ContentException">The document cannot be read or written correctly (e.g. nested beyond the limits).</exception>
    public static ExportResult Export(string markdown, string format, Stream output, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(output);
        if (!Formats.Contains(format)) throw new ArgumentException($"unknown format '{format}' (known: {string.Join(", ", Formats)})", nameof(format));
        options ??= ExportOptions.Default;
        var diagnostics = new DiagnosticBag();
        var document = Read(markdown, options, diagnostics);
        if (format == "json")
        {
            ModelJson.Write(document, output);
        }
        else
        {
            using var session = ExportSession.Start(document, diagnostics, SharedFonts.Value, options);
            session.Write(format, output);
        }
        return new ExportResult(diagnostics.Items.ToList());
    }

    /// <summary>Reads Markdown into the shared model (for callers that write several formats or inspect it).</summary>
    public static Document Read(string markdown, ExportOptions options, DiagnosticBag diagnostics)
    {
        var sourcePath = options.BaseDirectory is null ? options.SourceName : Path.Combine(Path.GetFullPath(options.BaseDirectory), options.SourceName);
        var baseDirectory = options.BaseDirectory is null ? null : Path.GetFullPath(options.BaseDirectory);
        return MarkdownReader.Read(markdown, sourcePath, baseDirectory, diagnostics, new ReaderOptions(options.Metadata));
    }
}
