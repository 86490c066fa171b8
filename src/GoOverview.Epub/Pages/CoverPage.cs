using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Pages;

/// <summary>The cover page: the generated cover image alone, scaled to the screen by the stylesheet.</summary>
internal static class CoverPage
{
    public static byte[] Write(BookState book)
    {
        var o = XhtmlBuilder.Begin(book, book.Plan.Title, "cover");
        o.Start("div");
        o.Attr("class", "cover");
        o.Start("img");
        o.Attr("src", BookPaths.FromText(BookPaths.CoverImage));
        o.Attr("alt", book.Words.Cover + "：" + book.Plan.Title);
        o.End("img");
        o.End("div");
        o.NewLine();
        return o.Finish();
    }
}
