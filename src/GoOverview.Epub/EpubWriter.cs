using System.Text.RegularExpressions;
using GoOverview.Epub.Navigation;
using GoOverview.Epub.Packaging;
using GoOverview.Epub.Pages;
using GoOverview.Epub.Structure;
using GoOverview.Epub.Styling;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;

namespace GoOverview.Epub;

/// <summary>
/// Writes an EPUB 3 book (with an EPUB 2 NCX): cover, title page, chapters split at headings, nav, embedded
/// subset Noto Sans SC, key terms as .key-term. The package is written directly (ZIP + XmlWriter) and is
/// byte-identical for the same input and timestamp.
/// </summary>
public sealed partial class EpubWriter : IDocumentWriter
{
    private readonly EpubOptions _options;

    public EpubWriter() : this(EpubOptions.Default) { }

    public EpubWriter(EpubOptions options)
    {
        if (options.SplitLevel is < 1 or > 6)
            throw new ArgumentOutOfRangeException(nameof(options), "SplitLevel must be between 1 and 6");
        _options = options;
    }

    public string Format => "epub";

    public string Extension => ".epub";

    public void Write(Document document, Stream output, ExportContext context)
    {
        var metadata = document.Metadata;
        var title = BookTitle(document);
        var language = Language(metadata.Lang, context, document);
        var identifier = BookIdentifier.For(metadata, title, language);
        var plan = BookPlanner.Plan(document, title, _options.SplitLevel);
        var book = new BookState(context, plan, language, document.SourcePath);
        var toc = TocBuilder.Build(plan, _options.TocDepth, book.Words.NoTitle);

        // The drawn cover (a 1200×1800 picture: a good part of a small book's time) is painted on another core while
        // the chapters are written.
        byte[] DrawCover() => CoverImage.Render(context.Fonts, title, metadata.Subtitle, metadata.AuthorLine, book.Words.DisplayDate(metadata.Date, context.Timestamp));
        var drawnCover = _options.GenerateCover && !GivenCover.IsNamed(metadata) ? Task.Run(DrawCover) : null;

        // Content documents first: writing them collects the characters, images and colours the rest needs.
        var chapters = plan.Chapters.Select(c => Xhtml.FormulaMarkup.Item("chapter" + c.Number, c.Path, XhtmlType, ChapterPage.Write(book, c))).ToList();
        var titlePage = new PackageItem("titlepage", BookPaths.TitlePage, XhtmlType, TitlePage.Write(book, metadata));
        var nav = new PackageItem("nav", BookPaths.Nav, XhtmlType, NavPage.Write(book, toc, _options.GenerateCover), "nav");
        PackageItem? cover = null, coverImage = null;
        if (_options.GenerateCover)
        {
            coverImage = GivenCover.From(metadata, context, document.SourcePath)
                ?? new PackageItem("cover-image", BookPaths.CoverImage, "image/png", drawnCover?.GetAwaiter().GetResult() ?? DrawCover(), "cover-image");
            cover = new PackageItem("cover", BookPaths.Cover, XhtmlType, CoverPage.Write(book, coverImage.Path));
        }
        var ncx = new PackageItem("ncx", BookPaths.Ncx, "application/x-dtbncx+xml", NcxDocument.Write(book, identifier, toc));

        var fonts = _options.EmbedFonts
            ? FontEmbedding.Subsets(context.Fonts, DocumentCharacters.ForEmbedding(document, book.Characters.CodePoints))
            : [];
        if (_options.EmbedFonts) fonts.AddRange(book.Fallbacks.Subsets(document));
        var mainCss = new PackageItem("css", BookPaths.MainStylesheet, "text/css", Stylesheets.Main(_options.StylesheetPath, context.Diagnostics));
        var generatedCss = new PackageItem("css-generated", BookPaths.GeneratedStylesheet, "text/css", Stylesheets.Generated(fonts, book.Colors, book.Fallbacks,
            ConstructCss.For(document), (book.HasHighlightedCode ? CodeStyles.Css(context.Code.Theme) : "") + (book.HasNumberedCode ? CodeStyles.LineNumberCss(context.Code.Theme) : "")));
        if (_options.ObfuscateFonts)
            fonts = fonts.Select(f => f with { Data = FontObfuscation.Apply(f.Data, identifier) }).ToList();
        var images = book.Images.Items.Select(i => new PackageItem(i.Id, i.Path, i.MediaType, i.Data)).ToList();

        var items = new List<PackageItem>();
        if (cover is not null) items.Add(cover);
        items.Add(titlePage);
        items.Add(nav);
        items.AddRange(chapters);
        items.Add(ncx);
        items.Add(mainCss);
        items.Add(generatedCss);
        items.AddRange(fonts);
        if (coverImage is not null) items.Add(coverImage);
        items.AddRange(images);

        var spine = new List<string>();
        if (cover is not null) spine.Add(cover.Id);
        spine.Add(titlePage.Id);
        spine.AddRange(chapters.Select(c => c.Id));

        var opf = PackageDocument.Write(new PackageContents(identifier, title, language, metadata, context.Timestamp, items, spine, coverImage?.Id));
        var entries = new List<(string, byte[])>
        {
            ("META-INF/container.xml", MetaInfFiles.Container()),
            ("META-INF/com.apple.ibooks.display-options.xml", MetaInfFiles.AppleDisplayOptions()),
        };
        if (_options.ObfuscateFonts && fonts.Count > 0)
            entries.Add(("META-INF/encryption.xml", MetaInfFiles.Encryption(fonts.Select(f => BookPaths.Root + f.Path))));
        entries.Add((BookPaths.PackageDocument, opf));
        entries.AddRange(items.Select(i => (BookPaths.Root + i.Path, i.Data)));
        ZipPackage.Write(output, entries, context.Timestamp);
    }

    private const string XhtmlType = "application/xhtml+xml";

    /// <summary>The metadata title, else the first H1, else the file name (a book needs a title).</summary>
    private static string BookTitle(Document document)
    {
        var title = document.Metadata.Title.Trim();
        if (title.Length == 0)
        {
            var h1 = document.Blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1);
            if (h1 is not null) title = PlainText.Of(h1.Content).Trim();
        }
        if (title.Length == 0) title = document.Name;
        return title.Length == 0 ? Model.Localisation.FurnitureWords.For(document.Metadata.Lang).Untitled : title;
    }

    /// <summary>A BCP 47-looking language tag; anything else would break Send-to-Kindle, so it falls back to zh-CN.</summary>
    private static string Language(string lang, ExportContext context, Document document)
    {
        var trimmed = lang.Trim();
        if (trimmed.Length == 0) return Metadata.DefaultLang;
        if (LanguageTag().IsMatch(trimmed)) return trimmed;
        context.Diagnostics.Warning("epub-language", $"language '{trimmed}' is not a valid language tag; the EPUB uses {Metadata.DefaultLang}",
            new SourceLocation(document.SourcePath, 1, 1));
        return Metadata.DefaultLang;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
