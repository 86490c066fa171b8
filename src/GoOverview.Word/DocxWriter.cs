using System.IO.Compression;
using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Word.Content;
using GoOverview.Word.Fonts;
using GoOverview.Word.Package;
using GoOverview.Word.Parts;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word;

/// <summary>
/// The Word (.docx) writer: named styles from a reference document, East Asian fonts and language, embedded font
/// subsets, real numbering, footnotes, a TOC field with cached entries, page-number fields.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    public const string BundledReference = "reference.docx";

    private readonly DocxOptions _options;

    public DocxWriter() : this(DocxOptions.Default) { }

    public DocxWriter(DocxOptions options) => _options = options;

    public string Format => "docx";

    public string Extension => ".docx";

    public void Write(Model.Document document, Stream output, ExportContext context)
    {
        var clock = new PhaseClock("docx");
        var title = TitleOf(document);
        var subsets = _options.EmbedFonts ? FontEmbedder.StartSubsetting(context.Fonts, FontCharacters(document, title), context.Code.HighlightsAny(document)) : null;
        var styles = LoadStyles(context.Diagnostics);
        clock.Mark("styles");
        var lang = document.Metadata.Lang.Length > 0 ? document.Metadata.Lang : Metadata.DefaultLang;
        styles.SetLanguage(lang);
        var package = new OpcPackage();
        var main = package.AddRelated(package.Root, RelationshipTypes.OfficeDocument, "/word/document.xml", ContentTypes.Document);
        var build = new WordBuild(document, context, _options, package, main, styles, PageLayout.From(styles.ReferenceSection));
        var body = new Body();
        body.Append(BodyContent(build, title));
        clock.Mark("body");
        body.Append(build.Page.ToSection(HeaderFooterWriter.AddHeader(build, title), HeaderFooterWriter.AddFooter(build)));
        main.Content = new W.Document(body).WriteTo;
        build.Numbering.Write(package, main);
        package.AddRelated(main, RelationshipTypes.Styles, "/word/styles.xml", ContentTypes.Styles).Data = styles.ToXmlBytes();
        clock.Mark("parts");
        FontEmbedder.Write(package, main, subsets?.GetAwaiter().GetResult(), FontEmbedder.Fallbacks(build, _options.EmbedFonts));
        clock.Mark("fonts");
        SettingsWriter.Write(package, main, _options.EmbedFonts, updateFields: _options.TableOfContents, build.Footnotes.HasNotes,
            lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? lang : "zh-CN");
        CoreProperties.Set(package, title, document.Metadata, context.Timestamp);
        clock.Mark("settings+core");
        package.Write(output, context.Timestamp, CompressionLevel.Fastest);
        clock.Mark("save");
    }

    private StyleSheet LoadStyles(DiagnosticBag diagnostics)
    {
        if (_options.ReferenceDocPath is { } path)
        {
            if (!File.Exists(path)) throw new ContentException($"reference document not found: {path}");
            return StyleSheet.FromReference(path, diagnostics);
        }
        try
        {
            return StyleSheet.FromReference(Templates.PathOf(BundledReference), diagnostics);
        }
        catch (FileNotFoundException)
        {
            return StyleSheet.FromDefaults();
        }
    }

    /// <summary>Title block, table of contents, then the body; a leading H1 that is the title stays before the TOC.</summary>
    private static List<OpenXmlElement> BodyContent(WordBuild build, string title)
    {
        var document = build.Document;
        var writer = new BlockWriter(build, build.Main);
        var context = BlockContext.Body(StyleNames.BodyText);
        var result = new List<OpenXmlElement>();
        var blocks = document.Blocks;
        var leadingTitle = blocks.FirstOrDefault() is Heading { Level: 1 } h && PlainText.Of(h.Content).Trim() == title;
        if (!leadingTitle) result.AddRange(TitleBlock(build, writer, title));
        else
        {
            result.AddRange(writer.Convert([blocks[0]], context));
            blocks = blocks.RemoveAt(0);
        }
        var meta = document.Metadata;
        if (leadingTitle) result.AddRange(AuthorAndDate(build, writer, meta));
        if (build.Options.TableOfContents && !DocumentWalker.AllBlocks(document).Any(b => b is TableOfContents))
        {
            var toc = TocWriter.Create(build, document.Blocks);
            result.AddRange(toc);
            if (toc.Count > 0) result.Add(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
        }
        result.AddRange(writer.Convert(blocks, context));
        return result;
    }

    private static IEnumerable<OpenXmlElement> TitleBlock(WordBuild build, BlockWriter writer, string title)
    {
        var meta = build.Document.Metadata;
        if (meta.Title.Length == 0) yield break;
        yield return Line(build, writer, StyleNames.Title, title);
        if (meta.Subtitle.Length > 0) yield return Line(build, writer, StyleNames.Subtitle, meta.Subtitle);
        foreach (var p in AuthorAndDate(build, writer, meta)) yield return p;
    }

    private static IEnumerable<OpenXmlElement> AuthorAndDate(WordBuild build, BlockWriter writer, Metadata meta)
    {
        if (meta.Authors.Length > 0) yield return Line(build, writer, StyleNames.Author, meta.AuthorLine);
        if (meta.Date.Length > 0) yield return Line(build, writer, StyleNames.Date, meta.Date);
    }

    private static W.Paragraph Line(WordBuild build, BlockWriter writer, string style, string text)
    {
        var paragraph = writer.NewParagraph(style, null);
        paragraph.Append(InlineWriter.TextRun(build.Clean(text, null), RunFormat.Plain, han: false));
        return paragraph;
    }

    private static string TitleOf(Model.Document document) =>
        document.Metadata.Title.Length > 0 ? document.Metadata.Title : document.Name;

    /// <summary>
    /// Every character the file shows, including text the writer adds (TOC title, bullets, page numbers): the run's
    /// shared embedding set, widened only if the writer adds something outside it (so EPUB and slides reuse the subsets).
    /// </summary>
    private static IReadOnlyCollection<int> FontCharacters(Model.Document document, string title)
    {
        var added = new SortedSet<int>();
        DocumentCharacters.Add(added, title + "目录Contents0123456789/[]•◦▪.abcdefghijklmnopqrstuvwxyz" + HeaderFooterWriter.PageSeparator);
        return DocumentCharacters.ForEmbedding(document, added);
    }
}
