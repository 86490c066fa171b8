using System.Collections.Immutable;
using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Navigation;

/// <summary>nav.xhtml: the table of contents (the heading tree) and the landmarks (cover, title page, start of text; nav.xhtml is not in the spine, so no TOC landmark).</summary>
internal static class NavPage
{
    public static byte[] Write(BookState book, ImmutableArray<TocEntry> toc, bool hasCover)
    {
        var o = XhtmlBuilder.Begin(book, book.Words.Contents);
        o.Start("nav");
        o.EpubType("toc");
        o.Attr("id", "toc");
        o.Start("h1");
        o.Text(book.Words.Contents);
        o.End("h1");
        o.NewLine();
        WriteList(o, toc);
        o.End("nav");
        o.NewLine();

        o.Start("nav");
        o.EpubType("landmarks");
        o.Attr("hidden", "hidden");
        o.Start("h2");
        o.Text(book.Words.Landmarks);
        o.End("h2");
        o.Start("ol");
        if (hasCover) Landmark(o, "cover", BookPaths.Cover, book.Words.Cover);
        Landmark(o, "titlepage", BookPaths.TitlePage, book.Words.TitlePage);
        Landmark(o, "bodymatter", book.Plan.Chapters[0].Path, book.Words.BodyMatter);
        o.End("ol");
        o.End("nav");
        o.NewLine();
        return o.Finish();
    }

    private static void WriteList(XhtmlBuilder o, ImmutableArray<TocEntry> entries)
    {
        o.Start("ol");
        o.NewLine();
        foreach (var entry in entries)
        {
            o.Start("li");
            o.Start("a");
            o.Attr("href", Href(entry.Href));
            o.Text(entry.Text);
            o.End("a");
            if (entry.Children.Length > 0) WriteList(o, entry.Children);
            o.End("li");
            o.NewLine();
        }
        o.End("ol");
    }

    private static void Landmark(XhtmlBuilder o, string type, string href, string label)
    {
        o.Start("li");
        o.Start("a");
        o.EpubType(type);
        o.Attr("href", Href(href));
        o.Text(label);
        o.End("a");
        o.End("li");
    }

    /// <summary>nav.xhtml sits in text/ like the chapters.</summary>
    private static string Href(string packagePath) => BookPaths.FromText(packagePath);
}
