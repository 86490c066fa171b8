using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Pages;

/// <summary>The cover page: the cover image (the metadata's cover-image, else the generated one) alone, scaled to the screen by the stylesheet.</summary>
internal static class CoverPage
{
    public static byte[] Write(BookState book, string imagePath)
    {
        var o = XhtmlBuilder.Begin(book, book.Plan.Title, "cover");
        o.Start("div");
        o.Attr("class", "cover");
        o.Start("img");
        o.Attr("src", BookPaths.FromText(imagePath));
        o.Attr("alt", book.Words.Cover + book.Words.Colon + book.Plan.Title);
        o.End("img");
        o.End("div");
        o.NewLine();
        return o.Finish();
    }
}
