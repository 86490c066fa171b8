using GoOverview.Epub;
using GoOverview.Export.Code;
using GoOverview.Model.Files;
using GoOverview.Pdf;
using GoOverview.Slides;
using GoOverview.Word;

namespace GoOverview;

/// <summary>Options of <see cref="Exporter"/>: where the document's images are, metadata, limits, and each writer's own options.</summary>
public sealed record ExportOptions
{
    public static readonly ExportOptions Default = new();

    /// <summary>Folder that relative image paths resolve against; null: the document has no folder (images are refused).</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>The name diagnostics give the source (and outputs are named after), e.g. "notes.md".</summary>
    public string SourceName { get; init; } = "document.md";

    /// <summary>Metadata that wins over the document's front matter (like -M key=value).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Allow images outside <see cref="BaseDirectory"/> (off: the safety rule of the README).</summary>
    public bool AllowOutside { get; init; }

    /// <summary>Largest image accepted, in pixels (width × height, from its header).</summary>
    public long MaxImagePixels { get; init; } = ReadLimits.ImagePixels;

    /// <summary>Syntax highlighting of code blocks (style, on/off, line numbers), shared by every writer.</summary>
    public HighlightOptions Highlight { get; init; } = HighlightOptions.Default;

    public PdfOptions Pdf { get; init; } = new();

    public DocxOptions Docx { get; init; } = new();

    public EpubOptions Epub { get; init; } = EpubOptions.Default;

    public PptxOptions Pptx { get; init; } = new();
}
