using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Html;

/// <summary>
/// What raw HTML may never bring into the model: active content, forms, embedded media and document-level elements
/// are dropped with their content; event-handler attributes are dropped. Each drop is one warning at its line.
/// (javascript: and other unsafe links are refused by the link policy, images by the image service.)
/// </summary>
internal static class HtmlSafety
{
    private static readonly HashSet<string> DroppedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "object", "embed", "applet", "form", "input", "button", "select", "textarea",
        "option", "optgroup", "noscript", "template", "frame", "frameset", "link", "meta", "base", "svg", "math",
        "audio", "video", "canvas", "title", "head", "xmp", "noembed", "noframes", "plaintext", "portal", "source",
        "track", "param", "dialog", "map", "area", "slot",
    };

    public static bool IsDropped(string name) => DroppedElements.Contains(name);

    public static void ReportDropped(string name, SourceLocation location, ConversionContext context) =>
        context.Diagnostics.Warning("html-dropped", $"raw HTML <{name}> is dropped with its content (active or embedded content is never kept)", location);

    /// <summary>Reports each event-handler attribute (onclick, onerror…) of a kept element as dropped.</summary>
    public static void ReportEventHandlers(HtmlTag tag, SourceLocation location, ConversionContext context)
    {
        foreach (var name in tag.Attributes.Keys)
        {
            if (name.StartsWith("on", StringComparison.Ordinal))
                context.Diagnostics.Warning("html-dropped", $"event handler attribute '{name}' on <{tag.Name}> is dropped", location);
        }
    }
}
