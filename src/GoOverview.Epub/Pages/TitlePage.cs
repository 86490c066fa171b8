using GoOverview.Epub.Xhtml;
using GoOverview.Model;

namespace GoOverview.Epub.Pages;

/// <summary>
/// The title page shows the metadata: title (the only place the title is a heading: the source's leading H1
/// equal to the title is left out of the first chapter and its id lives here), subtitle, authors, date (the
/// metadata's, else the build date, as on the PDF cover).
/// </summary>
internal static class TitlePage
{
    public static byte[] Write(BookState book, Metadata metadata)
    {
        var o = XhtmlBuilder.Begin(book, book.Plan.Title, "frontmatter titlepage");
        var scope = new RenderScope(o, BookPaths.TitlePage);
        // epub:type sits on body: pandoc's EPUB reader skips a <section epub:type="titlepage"> entirely.
        o.Start("section");
        o.Attr("class", "titlepage");
        o.NewLine();
        o.Start("h1");
        scope.Id(book.Plan.TitleId);
        o.Attr("class", "title");
        if (book.Plan.TitleHeading is { } heading) new InlineRenderer(scope).Write(heading.Content);
        else o.Text(book.Plan.Title);
        o.End("h1");
        o.NewLine();
        Line(o, "subtitle", metadata.Subtitle);
        Line(o, "author", metadata.AuthorLine);
        Line(o, "date", book.Words.DisplayDate(metadata.Date, book.Context.Timestamp));
        Line(o, "description", metadata.Description);
        o.End("section");
        o.NewLine();
        return o.Finish();
    }

    private static void Line(XhtmlBuilder o, string cssClass, string text)
    {
        if (text.Trim().Length == 0) return;
        o.Start("p");
        o.Attr("class", cssClass);
        o.Text(text.Trim());
        o.End("p");
        o.NewLine();
    }
}
