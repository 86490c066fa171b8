using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace GoOverview.Rendering.Images;

/// <summary>
/// Makes an SVG self-contained and inert before anything draws or packages it: no DTD or entities (a billion-laughs
/// file fails at once), no scripts, event handlers, foreign content or processing instructions, and no reference to
/// anything outside the file — only same-document fragments (#id) and data:image/png|jpeg|gif|webp within the pixel
/// budget survive in href, xlink:href and CSS url(). What is left is what every writer draws and the EPUB packages.
/// </summary>
public static partial class SvgSanitizer
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const int MaxElements = 200_000;
    private const int MaxDepth = 200;

    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "audio", "video", "canvas", "handler", "listener",
        // Animation can set any attribute (an href under any namespace prefix) after sanitising; a still image needs none.
        "set", "animate", "animateMotion", "animateTransform", "animateColor", "discard",
    };

    /// <summary>The cleaned SVG (UTF-8, no XML declaration), or null with <paramref name="problem"/> when it is not usable SVG.</summary>
    public static byte[]? Sanitize(byte[] data, long pixelBudget, out string problem, out int removed)
    {
        removed = 0;
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreProcessingInstructions = true,
                IgnoreComments = true,
                MaxCharactersInDocument = data.LongLength * 2 + 1024,
                MaxCharactersFromEntities = 0,
            };
            using var reader = XmlReader.Create(new MemoryStream(data), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            problem = $"it is not well-formed XML ({e.Message})";
            return null;
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "svg")
        {
            problem = "it is not an SVG document (no <svg> root element)";
            return null;
        }
        if (root.Name.Namespace == XNamespace.None) MoveIntoSvgNamespace(root);
        if (root.DescendantsAndSelf().Take(MaxElements + 1).Count() > MaxElements)
        {
            problem = $"it has more than {MaxElements:N0} elements";
            return null;
        }
        if (root.Descendants().Any(e => e.Ancestors().Skip(MaxDepth).Any()))
        {
            problem = $"its elements nest deeper than {MaxDepth} levels";
            return null;
        }
        removed = Clean(root, pixelBudget);
        if (UseExpansion.Exceeds(root, MaxElements, out var useProblem))
        {
            problem = useProblem;
            return null;
        }
        problem = "";
        var output = new MemoryStream(data.Length);
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) }))
            root.Save(writer);
        return output.ToArray();
    }

    private static void MoveIntoSvgNamespace(XElement root)
    {
        XNamespace svg = SvgNamespace;
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace == XNamespace.None) element.Name = svg + element.Name.LocalName;
        }
    }

    /// <summary>Removes what is not allowed; returns how many elements and attributes went.</summary>
    private static int Clean(XElement root, long pixelBudget)
    {
        var removed = 0;
        foreach (var element in root.DescendantsAndSelf().ToList())
        {
            if (element.Parent is null && element != root) continue; // inside an element already removed
            if (element.Name.NamespaceName != SvgNamespace || DroppedElements.Contains(element.Name.LocalName) ||
                (element.Name.LocalName == "style" && HasExternalCss(WithoutCssComments(element))))
            {
                if (element == root) continue;
                element.Remove();
                removed++;
                continue;
            }
            // Links in an image are never followed (an <img> is not interactive): <a> becomes a plain group.
            if (element.Name.LocalName == "a" && element != root)
            {
                element.Name = XName.Get("g", SvgNamespace);
                if (element.Attributes().Any(a => a.Name.LocalName == "href")) removed++;
            }
            foreach (var attribute in element.Attributes().ToList())
            {
                if (!IsAllowed(element, attribute, pixelBudget))
                {
                    attribute.Remove();
                    removed++;
                }
            }
        }
        return removed;
    }

    private static bool IsAllowed(XElement element, XAttribute attribute, long pixelBudget)
    {
        if (attribute.IsNamespaceDeclaration) return attribute.Value is SvgNamespace or XlinkNamespace;
        var ns = attribute.Name.NamespaceName;
        if (ns.Length > 0 && ns != XlinkNamespace && ns != XNamespace.Xml.NamespaceName) return false;
        var name = attribute.Name.LocalName;
        if (name == "style") attribute.Value = CssComment().Replace(attribute.Value, "");
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return false;
        if (name == "href") return IsAllowedHref(element, attribute.Value, pixelBudget);
        if (name == "base") return false; // xml:base would redirect every relative reference
        return !HasExternalCss(attribute.Value);
    }

    private static bool IsAllowedHref(XElement element, string value, long pixelBudget)
    {
        var href = value.Trim();
        if (element.Name.LocalName == "g") return false; // a former <a>
        return href.StartsWith('#') || IsEmbeddedRaster(href, pixelBudget);
    }

    /// <summary>data:image/png|jpeg|gif|webp;base64 whose header declares no more than the pixel budget.</summary>
    private static bool IsEmbeddedRaster(string href, long pixelBudget)
    {
        var match = DataImage().Match(href);
        if (!match.Success) return false;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(href[match.Length..]);
        }
        catch (FormatException)
        {
            return false;
        }
        // The label is not trusted: the type comes from the bytes, and the size must agree with what Skia's decoder reads.
        var mediaType = GoOverview.Model.MediaTypes.Sniff(bytes, "");
        if (mediaType is null or "image/svg+xml") return false;
        return ImageHeader.Size(bytes, mediaType) is var (w, h) && w > 0 && h > 0 && w * h <= pixelBudget &&
               DecoderAgrees(bytes, w, h);
    }

    private static bool DecoderAgrees(byte[] bytes, long width, long height)
    {
        using var codec = SkiaSharp.SKCodec.Create(new MemoryStream(bytes));
        return codec is not null && codec.Info.Width == width && codec.Info.Height == height;
    }

    /// <summary>CSS that could load something: @import, image-set(), url() with anything but a #fragment, or any CSS
    /// escape (a backslash can spell url( or @import in disguise).</summary>
    private static bool HasExternalCss(string text) =>
        text.Contains("@import", StringComparison.OrdinalIgnoreCase) || text.Contains("image-set", StringComparison.OrdinalIgnoreCase) ||
        ExternalUrl().IsMatch(text) || text.Contains('\\');

    /// <summary>The style sheet without comments (so "u/**/rl(" reads as what it hides), written back into the element.</summary>
    private static string WithoutCssComments(XElement style)
    {
        var css = CssComment().Replace(style.Value, "");
        if (css != style.Value) style.Value = css;
        return css;
    }

    [GeneratedRegex(@"/\*.*?(\*/|$)", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"url\(\s*(?!['""]?\s*#)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"^data:image/(png|jpe?g|gif|webp);base64,", RegexOptions.IgnoreCase)]
    private static partial Regex DataImage();
}
