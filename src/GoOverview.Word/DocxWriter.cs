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
        var build = new WordBuild(document, context, _options, package, main, styles, PageLayout.WithOptions(PageLayout.From(styles.ReferenceSection), _options));
        if (!_options.FirstLineIndent) styles.RemoveBodyFirstLineIndent();
        if (context.Fonts.Regular.Family != context.Fonts.Bold.Family) styles.SetBodyFace(context.Fonts.Regular.Family, context.Fonts.Bold.Family);
        var body = new Body();
        var content = BodyContent(build, title);
        body.Append(content);
        clock.Mark("body");
        PageEstimate.FillToc(build, content);
        clock.Mark("toc-pages");
        var chapterLevel = ChapterLevel(build);
        var titlePage = build.HasTitlePage ? HeaderFooterWriter.AddBlankFirstPage(build) : ((string, string)?)null;
        body.Append(build.Page.ToSection(HeaderFooterWriter.AddHeader(build, title, chapterLevel), HeaderFooterWriter.AddFooter(build), titlePage));
        main.Content = new W.Document(body).WriteTo;
        build.Numbering.Write(package, main);
        package.AddRelated(main, RelationshipTypes.Styles, "/word/styles.xml", ContentTypes.Styles).Data = styles.ToXmlBytes();
        clock.Mark("parts");
        FontEmbedder.Write(package, main, subsets?.GetAwaiter().GetResult(), FontEmbedder.Fallbacks(build, _options.EmbedFonts), context.Fonts.Regular.Family);
        clock.Mark("fonts");
        SettingsWriter.Write(package, main, _options.EmbedFonts, build.Footnotes.HasNotes,
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

    /// <summary>Title page, table of contents, then the body (a leading H1 that is the title is on the title page).</summary>
    private static List<OpenXmlElement> BodyContent(WordBuild build, string title)
    {
        var document = build.Document;
        var writer = new BlockWriter(build, build.Main);
        var result = TitlePageWriter.Create(build, writer, title, out var leadingTitleUsed);
        build.HasTitlePage = result.Count > 0;
        var blocks = leadingTitleUsed ? document.Blocks.RemoveAt(0) : document.Blocks;
        if (build.Options.TableOfContents && !DocumentWalker.AllBlocks(document).Any(b => b is TableOfContents))
        {
            var toc = TocWriter.Create(build, document.Blocks);
            result.AddRange(toc);
            if (toc.Count > 0) result.Add(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
        }
        result.AddRange(writer.Convert(blocks, BlockContext.Body(StyleNames.BodyText)));
        return result;
    }

    /// <summary>The level the running header names: the top heading level below the title.</summary>
    private static int ChapterLevel(WordBuild build)
    {
        var levels = DocumentWalker.AllBlocks(build.Document).OfType<Heading>().Where(h => !ReferenceEquals(h, build.TitleHeading)).Select(h => h.Level).ToList();
        return levels.Count == 0 ? (build.TitleHeading is null ? 1 : 2) : levels.Min();
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
        DocumentCharacters.Add(added, title + "0123456789/[]•◦▪.abcdefghijklmnopqrstuvwxyz " + Model.Localisation.FurnitureWords.For(document.Metadata.Lang).Characters);
        return DocumentCharacters.ForEmbedding(document, added);
    }
}
