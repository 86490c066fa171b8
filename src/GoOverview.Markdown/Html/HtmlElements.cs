using GoOverview.Model.Css;
using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Css;
using GoOverview.Markdown.Transforms;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Html;

/// <summary>
/// What each known inline HTML element becomes in the model. &lt;kbd&gt; and &lt;code&gt; with plain-text content
/// become <see cref="Code"/> (class "kbd" for kbd); with formatted content a <see cref="Span"/> of that class.
/// </summary>
internal static class HtmlElements
{
    public static readonly RgbColor MarkBackground = new(255, 255, 0);

    /// <summary>Elements that wrap content and are converted (paired by <see cref="HtmlInlinePairing"/>).</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "cite", "var", "dfn", "u", "ins", "s", "del", "strike", "mark", "sup", "sub",
        "kbd", "code", "tt", "samp", "span", "font", "a",
        // presentational wrappers whose content is kept as is
        "small", "big", "center", "abbr", "acronym", "nobr", "bdi", "bdo", "time", "data", "label", "q",
        // ruby: the annotation follows its base in full-width parentheses; <rp> holds the source's own fallback
        "ruby", "rb", "rt", "rp",
    };

    /// <summary>Dropped elements are paired too, so their content goes with them.</summary>
    public static bool IsContainer(string name) => Containers.Contains(name) || HtmlSafety.IsDropped(name);

    public static bool IsKnownVoid(string name) => name is "br" or "img" or "wbr";

    /// <summary>The model for an empty element (&lt;br&gt;, &lt;img&gt;, &lt;wbr&gt;).</summary>
    public static ImmutableArray<Inline> Void(HtmlTag tag, SourceLocation location, ConversionContext context)
    {
        HtmlSafety.ReportEventHandlers(tag, location, context);
        return VoidModel(tag, location, context);
    }

    private static ImmutableArray<Inline> VoidModel(HtmlTag tag, SourceLocation location, ConversionContext context) => tag.Name switch
    {
        "br" => [new LineBreak()],
        "wbr" => [new Text("\u200B")],
        "img" => [new Image(tag.Attribute("alt") ?? "", tag.Attribute("src") ?? "", tag.Attribute("title") ?? "")],
        _ => Unknown(tag, location, context),
    };

    /// <summary>The model for an element with content; may return the content unwrapped.</summary>
    public static ImmutableArray<Inline> Container(HtmlTag tag, ImmutableArray<Inline> content, SourceLocation location, ConversionContext context)
    {
        if (HtmlSafety.IsDropped(tag.Name))
        {
            HtmlSafety.ReportDropped(tag.Name, location, context);
            return [];
        }
        HtmlSafety.ReportEventHandlers(tag, location, context);
        switch (tag.Name)
        {
            case "b" or "strong": return [KeyTermRecognizer.Recognize(new Strong(content))];
            case "i" or "em" or "cite" or "var" or "dfn": return [new Emphasis(content)];
            case "u" or "ins": return [new Underline(content)];
            case "s" or "del" or "strike": return [new Strikethrough(content)];
            case "sup": return [new Superscript(content)];
            case "sub": return [new Subscript(content)];
            case "mark": return [new Span(Attr.WithClasses("mark"), new TextStyle(Background: MarkBackground), content)];
            case "kbd": return [CodeLike(content, "kbd")];
            case "code" or "tt" or "samp": return [CodeLike(content, "")];
            case "span": return StyledSpan(tag, content, colorAttribute: null);
            case "font": return StyledSpan(tag, content, tag.Attribute("color"));
            case "a": return Anchor(tag, content, location, context);
            case "ruby": return RubyBuilder.Build(content);
            case "rt": return [new Span(Attr.WithClasses(RubyBuilder.AnnotationClass), TextStyle.None, content)];
            case "rp": return [];
            default: return content; // presentational wrappers: keep the content
        }
    }

    /// <summary>An element the reader does not know: the tag goes, its content stays (one warning per name).</summary>
    public static ImmutableArray<Inline> Unknown(HtmlTag tag, SourceLocation location, ConversionContext context)
    {
        if (HtmlSafety.IsDropped(tag.Name))
        {
            HtmlSafety.ReportDropped(tag.Name, location, context);
            return [];
        }
        var name = tag.Name.Length > 0 ? tag.Name : tag.Raw;
        context.Diagnostics.ReportOnce($"html-unknown-tag:{context.SourcePath}:{name}", new Diagnostic(Severity.Warning, "html-unknown-tag",
            $"HTML tag <{name}> is not supported; its content is shown as text", location));
        return [];
    }

    private static Inline CodeLike(ImmutableArray<Inline> content, string className)
    {
        var classes = className.Length > 0 ? Attr.WithClasses(className) : Attr.Empty;
        if (content.All(i => i is Text)) return new Code(PlainText.Of(content), classes);
        return new Span(Attr.WithClasses(className.Length > 0 ? className : "code"), TextStyle.None, content);
    }

    private static ImmutableArray<Inline> StyledSpan(HtmlTag tag, ImmutableArray<Inline> content, string? colorAttribute)
    {
        var style = TextStyle.None;
        if (colorAttribute is not null && CssColor.Parse(colorAttribute) is { } color) style = style with { Color = color };
        style = CssStyle.Parse(tag.Attribute("style"), style);
        var classes = (tag.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var attr = Attr.Empty with { Id = tag.Attribute("id") ?? "", Classes = classes.ToImmutableArray() };
        if (style.IsEmpty && attr.Equals(Attr.Empty)) return content;
        return [KeyTermRecognizer.Recognize(new Span(attr, style, content))];
    }

    private static ImmutableArray<Inline> Anchor(HtmlTag tag, ImmutableArray<Inline> content, SourceLocation location, ConversionContext context)
    {
        var href = tag.Attribute("href");
        if (href is null)
        {
            // <a name="x"> / <a id="x">: a link target, not a link
            var id = tag.Attribute("id") ?? tag.Attribute("name") ?? "";
            return id.Length == 0 ? content : [new Span(Attr.WithId(id), TextStyle.None, content)];
        }
        return EmptyLinks.Resolve(content, href, tag.Attribute("title") ?? "", location, context);
    }
}
