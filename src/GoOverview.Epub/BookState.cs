using GoOverview.Epub.Structure;
using GoOverview.Epub.Styling;
using GoOverview.Epub.Xhtml;
using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Epub;

/// <summary>What the content documents of one book share while they are written.</summary>
internal sealed class BookState(ExportContext context, BookPlan plan, string language, string sourcePath)
{
    public ExportContext Context { get; } = context;

    public DiagnosticBag Diagnostics => Context.Diagnostics;

    public BookPlan Plan { get; } = plan;

    public string Language { get; } = language;

    /// <summary>The furniture words of the book's language (TOC title, landmarks, cover alt text, callout labels).</summary>
    public Model.Localisation.FurnitureWords Words { get; } = Model.Localisation.FurnitureWords.For(language);

    public string SourcePath { get; } = sourcePath;

    public CharacterSet Characters { get; } = new();

    public ColorClasses Colors { get; } = new();

    /// <summary>Which fallback faces (symbols, emoji, Korean) the text used, and for which characters.</summary>
    public FallbackFonts Fallbacks { get; } = new(context.Fonts);

    public ImageStore Images { get; } = new(context);

    /// <summary>Set when a code block got token spans: the stylesheet then carries the code style.</summary>
    public bool HasHighlightedCode { get; set; }

    /// <summary>Whether a code block has numbered lines (the stylesheet then numbers them).</summary>
    public bool HasNumberedCode { get; set; }

    /// <summary>Ids already written (first occurrence wins; later duplicates are dropped with a warning).</summary>
    public HashSet<string> WrittenIds { get; } = new(StringComparer.Ordinal);

    /// <summary>How many references to each footnote (by label) have been written so far.</summary>
    public Dictionary<string, int> NoteReferenceCounts { get; } = new(StringComparer.Ordinal);

    public SourceLocation FileLocation => new(SourcePath, 1, 1);

    /// <summary>The text without characters XML forbids; reports (once per place) when something was removed.</summary>
    public string CleanText(string text, SourceLocation? where)
    {
        var clean = XmlChars.Clean(text, out var removed);
        if (removed > 0)
        {
            var location = where ?? FileLocation;
            Diagnostics.ReportOnce("xml-illegal-char:" + location, new Diagnostic(Severity.Warning, "xml-illegal-char",
                $"{removed} control character(s) not allowed in XML were removed from the EPUB text", location));
        }
        return clean;
    }
}
