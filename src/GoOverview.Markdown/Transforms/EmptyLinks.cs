using GoOverview.Model.Diagnostics;
using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using GoOverview.Model.Links;

namespace GoOverview.Markdown.Transforms;

/// <summary>
/// Links with nothing to show or nowhere to go: <c>[]()</c> is dropped; text without a URL stays as plain text;
/// a URL without text shows the URL; a link longer than
/// <see cref="Parsing.DocumentLimits.MaxUrlLength"/> and an unsafe link (javascript:, data:, …; see <see cref="LinkPolicy"/>) keeps only
/// its text. Each case warns with file:line. Every link of the model is made here.
/// </summary>
internal static class EmptyLinks
{
    public static ImmutableArray<Inline> Resolve(ImmutableArray<Inline> content, string url, string title, SourceLocation location, ConversionContext context)
    {
        var hasText = PlainText.Of(content).Trim().Length > 0 || content.Any(i => i is Image);
        var hasUrl = url.Trim().Length > 0;
        if (url.Trim().Length > Parsing.DocumentLimits.MaxUrlLength)
        {
            context.Diagnostics.Warning("link-too-long", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"link '{DiagnosticText.Shorten(url.Trim())}' is {url.Trim().Length:N0} characters long (at most {Parsing.DocumentLimits.MaxUrlLength:N0} are kept as a link); its text is kept as plain text"), location);
            return hasText ? content : [new Text(url.Trim())];
        }
        if (hasUrl && LinkPolicy.IsUnsafe(url))
        {
            context.Diagnostics.Warning("link-unsafe", $"link '{DiagnosticText.Shorten(url.Trim())}' is not a web, mail or in-document link (only http, https, mailto, ftp, tel, #id and relative paths are kept); its text is kept as plain text", location);
            return hasText ? content : [new Text(url.Trim())];
        }
        if (hasText && hasUrl) return [new Link(content, url.Trim(), title)];
        if (!hasText && !hasUrl)
        {
            context.DroppedEmptyLinks++;
            context.Diagnostics.Warning("empty-link", "empty link (no text, no URL) dropped", location);
            return [];
        }
        if (hasText)
        {
            context.Diagnostics.Warning("link-without-url", $"link \"{PlainText.Of(content)}\" has no URL; its text is kept as plain text", location);
            return content;
        }
        context.Diagnostics.Warning("link-without-text", $"link to {url.Trim()} has no text; the URL is shown instead", location);
        return [new Link([new Text(url.Trim())], url.Trim(), title)];
    }

}
