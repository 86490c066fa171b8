using GoOverview.Epub.Structure;
using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Pages;

/// <summary>One chapter file: its blocks, then the footnotes placed in it.</summary>
internal static class ChapterPage
{
    /// <summary>Not "chapter": calibre's default chapter detection matches that class and would break pages twice.</summary>
    public const string ChapterClass = "chapter-body";

    public static byte[] Write(BookState book, Chapter chapter)
    {
        var builder = XhtmlBuilder.Begin(book, chapter.Title, "bodymatter");
        var scope = new RenderScope(builder, chapter.Path);
        var blocks = new BlockRenderer(scope);
        builder.Start("section");
        builder.EpubType("chapter");
        builder.Attr("class", ChapterClass);
        builder.NewLine();
        blocks.Write(chapter.Blocks);
        builder.End("section");
        builder.NewLine();
        FootnoteSection.Write(scope, blocks, book.Plan.NotesByChapter.GetValueOrDefault(chapter.Number, []));
        return builder.Finish();
    }
}
