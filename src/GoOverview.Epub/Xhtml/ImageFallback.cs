using GoOverview.Model.Links;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>
/// What an image that cannot be packaged becomes (the resolver has already said why): a remote image a link
/// to it, anything else its alt text, so no content silently disappears.
/// </summary>
internal static class ImageFallback
{
    public static void Write(RenderScope scope, string url, string alt)
    {
        var label = alt.Trim().Length > 0 ? alt : url;
        if (label.Trim().Length == 0) return;
        if (ResourceResolver.IsRemote(url.Trim()) && scope.LinkDepth == 0 && LinkPolicy.Classify(url) is (LinkKind.External, var href))
        {
            scope.Out.Start("a");
            scope.Out.Attr("href", href);
            scope.Out.Attr("class", "remote-image");
            scope.Out.Text(label, scope.Location);
            scope.Out.End("a");
            return;
        }
        scope.Out.Start("span");
        scope.Out.Attr("class", "missing-image");
        scope.Out.Text(label, scope.Location);
        scope.Out.End("span");
    }
}
