using GoOverview.Export.Packaging;
using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Word.Content;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;

namespace GoOverview.Word;

/// <summary>The state of one .docx being written, shared by the converters.</summary>
internal sealed class WordBuild
{
    public WordBuild(Document document, ExportContext context, DocxOptions options, OpcPackage package, OpcPart main, StyleSheet styles, PageLayout page)
    {
        Document = document;
        Context = context;
        Options = options;
        Package = package;
        Main = main;
        Styles = styles;
        Page = page;
        Bookmarks = new Bookmarks(document);
        Images = new ImageEmbedder(this);
        Footnotes = new FootnoteWriter(this);
        Fallbacks = new Fonts.FallbackRuns(context.Fonts);
    }

    /// <summary>Runs of characters drawn by a fallback face (symbols, emoji, Korean), and which faces were used.</summary>
    public Fonts.FallbackRuns Fallbacks { get; }

    public Document Document { get; }

    public ExportContext Context { get; }

    public DocxOptions Options { get; }

    public OpcPackage Package { get; }

    /// <summary>The main document part (word/document.xml).</summary>
    public OpcPart Main { get; }

    public StyleSheet Styles { get; }

    public PageLayout Page { get; }

    public Bookmarks Bookmarks { get; }

    public ListNumbering Numbering { get; } = new();

    /// <summary>Furniture words in the document's language (TOC title, footer).</summary>
    public Model.Localisation.FurnitureWords Words => Model.Localisation.FurnitureWords.For(Document.Metadata.Lang);

    /// <summary>The leading H1 that is the document title: shown on the title page, not listed in the TOC.</summary>
    public Heading? TitleHeading { get; set; }

    /// <summary>The body starts with a title page (which shows no header or footer).</summary>
    public bool HasTitlePage { get; set; }

    /// <summary>TOC entries whose cached page numbers are filled in once the body is written.</summary>
    public List<Parts.TocPageSlot> TocPages { get; } = new();

    public ImageEmbedder Images { get; }

    public FootnoteWriter Footnotes { get; }

    /// <summary>Width of the text column in EMU (images are shrunk to it).</summary>
    public long TextWidthEmu => Page.TextWidthTwips * 635L;

    /// <summary>The text without XML-forbidden characters; reports once per document when some were removed.</summary>
    public string Clean(string text, SourceLocation? where)
    {
        var clean = XmlChars.Clean(text, out var removed);
        if (removed > 0)
        {
            Context.Diagnostics.ReportOnce("docx-invalid-char:" + Document.SourcePath, new Diagnostic(Severity.Warning, "invalid-char",
                $"{removed} control character(s) not allowed in Word documents were removed (first seen here)", where ?? new SourceLocation(Document.SourcePath, 1, 1)));
        }
        return clean;
    }
}
