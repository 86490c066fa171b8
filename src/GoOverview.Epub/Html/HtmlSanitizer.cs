using GoOverview.Model.Diagnostics;
using GoOverview.Model.Links;
using System.Globalization;
using GoOverview.Epub.Styling;
using GoOverview.Epub.Xhtml;
using GoOverview.Model;

namespace GoOverview.Epub.Html;

/// <summary>
/// Turns a raw HTML fragment from the source into well-formed, safe XHTML: an allow-list of elements and
/// attributes; script-like elements are dropped with their content; on* attributes and javascript:/data: links
/// are removed; remote images become links; unknown or misplaced tags are unwrapped (content kept); styles
/// become classes. Every removal is reported.
/// </summary>
internal sealed class HtmlSanitizer
{
    private sealed record Open(string SourceName, string Name, bool Written, bool Drop);

    private readonly RenderScope _scope;
    private readonly bool _phrasingOnly;
    private readonly List<Open> _stack = new();

    private HtmlSanitizer(RenderScope scope, bool phrasingOnly)
    {
        _scope = scope;
        _phrasingOnly = phrasingOnly;
    }

    public static bool IsHtml(string format) =>
        format.Equals("html", StringComparison.OrdinalIgnoreCase) || format.Equals("html5", StringComparison.OrdinalIgnoreCase);

    /// <summary>The id a start tag gives its element in the book (null for dropped elements).</summary>
    public static string? IdOf(HtmlStartTag tag)
    {
        if (HtmlElements.Dropped.Contains(tag.Name)) return null;
        var id = tag.Get("id");
        if (string.IsNullOrWhiteSpace(id) && tag.Name == "a") id = tag.Get("name");
        return string.IsNullOrWhiteSpace(id) ? null : id;
    }

    /// <summary>Writes the fragment; <paramref name="phrasingOnly"/> is true inside a paragraph-like element.</summary>
    public static void Write(RenderScope scope, string html, bool phrasingOnly)
    {
        var sanitizer = new HtmlSanitizer(scope, phrasingOnly);
        foreach (var token in HtmlTokenizer.Tokenize(html)) sanitizer.Handle(token);
        sanitizer.CloseAll();
    }

    private bool Dropping => _stack.Any(o => o.Drop);

    private Open? TopWritten => _stack.LastOrDefault(o => o.Written);

    private bool InPhrasing => _phrasingOnly || _stack.Any(o => o.Written && HtmlElements.PhrasingOnly.Contains(o.Name));

    private bool InLink => _scope.LinkDepth > 0 || _stack.Any(o => o.Written && o.Name == "a");

    private void Handle(HtmlToken token)
    {
        switch (token)
        {
            case HtmlRawText raw:
                if (raw.Value.Trim().Length > 0 && !Dropping)
                    _scope.Warn("raw-html-dropped", $"raw HTML <{raw.Element}> and its content were left out of the EPUB", raw.Element);
                break;
            case HtmlText text:
                if (!Dropping) WriteText(text.Value);
                break;
            case HtmlStartTag tag:
                StartTag(tag);
                break;
            case HtmlEndTag end:
                EndTag(end.Name);
                break;
        }
    }

    private void WriteText(string text)
    {
        if (TopWritten is { } top && HtmlElements.ImpliedChild.ContainsKey(top.Name))
        {
            if (text.Trim().Length == 0) return;
            OpenImpliedChildren();
        }
        _scope.Out.Text(text, _scope.Location);
    }

    /// <summary>Opens li/tr/td as needed so content can sit inside a list or table.</summary>
    private void OpenImpliedChildren()
    {
        while (TopWritten is { } top && HtmlElements.ImpliedChild.TryGetValue(top.Name, out var child))
        {
            _scope.Out.Start(child);
            _stack.Add(new Open("", child, Written: true, Drop: false));
        }
    }

    private void StartTag(HtmlStartTag tag)
    {
        if (Dropping)
        {
            if (!HtmlElements.Void.Contains(tag.Name) && !tag.SelfClosing) _stack.Add(new Open(tag.Name, tag.Name, false, Drop: true));
            return;
        }
        if (HtmlElements.Dropped.Contains(tag.Name))
        {
            _scope.Warn("raw-html-dropped", $"raw HTML <{tag.Name}> and its content were left out of the EPUB", tag.Name);
            if (!tag.SelfClosing) _stack.Add(new Open(tag.Name, tag.Name, false, Drop: true));
            return;
        }
        ReportUnsafeAttributes(tag);

        var name = HtmlElements.Renamed.GetValueOrDefault(tag.Name, tag.Name);
        var known = HtmlElements.Phrasing.Contains(name) || HtmlElements.Flow.Contains(name);
        if (!known)
        {
            _scope.Book.Diagnostics.ReportOnce("raw-html-unknown:" + tag.Name, new Model.Diagnostics.Diagnostic(
                Model.Diagnostics.Severity.Info, "raw-html-unknown", $"raw HTML <{tag.Name}> is not kept; its content is", _scope.Where));
        }
        if (HtmlElements.ClosesOpen.TryGetValue(name, out var closes))
            while (TopWritten is { } top && closes.Contains(top.Name) && top.SourceName.Length >= 0 && _stack.Count > 0) Pop();
        if (HtmlElements.Flow.Contains(name) && TopWritten is { Name: "p" }) Pop();

        var writable = known && Fits(name);
        if (!writable)
        {
            WriteAnchorFor(tag);
            if (!HtmlElements.Void.Contains(name) && !tag.SelfClosing) _stack.Add(new Open(tag.Name, name, false, false));
            return;
        }
        if (!HtmlElements.RequiredParents.ContainsKey(name)) OpenImpliedChildren();
        if (name == "img")
        {
            WriteImage(tag);
            return;
        }
        if (name == "a")
        {
            name = StartLink(tag);
        }
        else
        {
            _scope.Out.Start(name);
            WriteCommonAttributes(tag, name);
        }
        if (HtmlElements.Void.Contains(name) || tag.SelfClosing)
        {
            _scope.Out.End(name);
            return;
        }
        _stack.Add(new Open(tag.Name, name, true, false));
    }

    /// <summary>Whether the element may be written here (content model and required parent).</summary>
    private bool Fits(string name)
    {
        if (name == "a" && InLink) return false;
        var isFlow = HtmlElements.Flow.Contains(name);
        if (isFlow && InPhrasing) return false;
        if (HtmlElements.RequiredParents.TryGetValue(name, out var parents))
            return TopWritten is { } top ? parents.Contains(top.Name) : false;
        if (TopWritten is null && _phrasingOnly && isFlow) return false;
        return true;
    }

    private void EndTag(string sourceName)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].SourceName != sourceName) continue;
            while (_stack.Count > i) Pop();
            return;
        }
    }

    private void Pop()
    {
        var open = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (!open.Written) return;
        if (open.Name == "a" && open.SourceName == "a") _scope.LinkDepth--;
        _scope.Out.End(open.Name);
    }

    private void CloseAll()
    {
        while (_stack.Count > 0) Pop();
    }

    private void WriteCommonAttributes(HtmlStartTag tag, string name)
    {
        if (IdOf(tag) is { } id) _scope.Id(id);
        var classes = new List<string>();
        foreach (var c in (tag.Get("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)) StyleClasses.AddSafe(classes, c);
        if (tag.Name == "center") classes.Add("align-center");
        if (tag.Get("align") is { } align && align.ToLowerInvariant() is "left" or "center" or "right" or "justify")
            StyleClasses.AddSafe(classes, "align-" + align.ToLowerInvariant());
        if (tag.Name == "font" && tag.Get("color") is { } fontColor && InlineCss.ParseColor(fontColor) is { } fc)
            classes.Add(_scope.Book.Colors.Text(fc));
        if (tag.Get("style") is { } css)
        {
            var parsed = InlineCss.Parse(css);
            if (KeyTerms.IsKeyTermStyle(parsed.Style)) StyleClasses.AddSafe(classes, KeyTerms.ClassName);
            else foreach (var c in StyleClasses.For(Attr.Empty, parsed.Style, _scope.Book.Colors)) StyleClasses.AddSafe(classes, c);
            if (parsed.Align is { } a) StyleClasses.AddSafe(classes, "align-" + a);
        }
        _scope.Out.Classes(classes);
        if (tag.Get("title") is { Length: > 0 } title) _scope.Out.Attr("title", title);
        if (tag.Get("lang") is { Length: > 0 } lang && IsLanguageTag(lang)) _scope.Out.Attr("lang", lang);
        if (tag.Get("dir") is { } dir && dir.ToLowerInvariant() is "ltr" or "rtl" or "auto") _scope.Out.Attr("dir", dir.ToLowerInvariant());
        if (name == "ol")
        {
            if (PositiveInt(tag.Get("start"), 1_000_000, allowZero: true) is { } start) _scope.Out.Attr("start", start);
            if (tag.Get("type") is { } type && type is "1" or "a" or "A" or "i" or "I") _scope.Out.Attr("type", type);
        }
        if (name is "td" or "th")
        {
            if (PositiveInt(tag.Get("colspan"), 1000) is { } colspan) _scope.Out.Attr("colspan", colspan);
            if (PositiveInt(tag.Get("rowspan"), 65534) is { } rowspan) _scope.Out.Attr("rowspan", rowspan);
        }
    }

    /// <summary>Starts an &lt;a&gt;, or a &lt;span&gt; when the link's target was refused (so it does not look like a link).</summary>
    private string StartLink(HtmlStartTag tag)
    {
        var href = ResolveHref(tag.Get("href"));
        var element = href is null ? "span" : "a";
        _scope.Out.Start(element);
        if (href is not null) _scope.Out.Attr("href", href);
        WriteCommonAttributes(tag, element);
        if (href is not null) _scope.LinkDepth++;
        return element;
    }

    private string? ResolveHref(string? url)
    {
        if (url is null) return null;
        var (kind, value) = LinkPolicy.Classify(url);
        switch (kind)
        {
            case LinkKind.External: return value;
            case LinkKind.Internal:
                var href = _scope.Book.Plan.HrefOf(value, _scope.PackagePath);
                if (href is null) _scope.WarnBrokenLink(value, $"link to '#{value}' has no target in the document; the text is kept without the link");
                return href;
            case LinkKind.Unsafe or LinkKind.Relative:
                _scope.Warn(kind == LinkKind.Unsafe ? "raw-html-unsafe" : "link-unresolved",
                    $"link '{DiagnosticText.Shorten(value, 60)}' cannot be kept in the EPUB (only http, https, mailto and #id links are); the text is kept");
                return null;
            default: return null;
        }
    }

    private void WriteImage(HtmlStartTag tag)
    {
        var src = tag.Get("src") ?? "";
        var alt = tag.Get("alt") ?? "";
        var href = src.Trim().Length == 0 ? null : _scope.Book.Images.HrefFor(src, _scope.Location);
        if (href is null)
        {
            ImageFallback.Write(_scope, src, alt);
            return;
        }
        _scope.Out.Start("img");
        _scope.Out.Attr("src", href);
        _scope.Out.Attr("alt", alt);
        WriteCommonAttributes(tag, "img");
        _scope.Out.End("img");
    }

    /// <summary>An unwrapped element keeps its id as an empty span, so links to it still land.</summary>
    private void WriteAnchorFor(HtmlStartTag tag)
    {
        if (IdOf(tag) is not { } id) return;
        if (TopWritten is { } top && HtmlElements.ImpliedChild.ContainsKey(top.Name)) OpenImpliedChildren();
        _scope.Out.Start("span");
        _scope.Id(id);
        _scope.Out.End("span");
    }

    private void ReportUnsafeAttributes(HtmlStartTag tag)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Key.StartsWith("on", StringComparison.Ordinal))
                _scope.Warn("raw-html-unsafe", $"event handler attribute '{attribute.Key}' on <{tag.Name}> was removed", attribute.Key);
        }
    }

    private static string? PositiveInt(string? value, int max, bool allowZero = false) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (n > 0 || (allowZero && n == 0)) && n <= max
            ? n.ToString(CultureInfo.InvariantCulture)
            : null;

    private static bool IsLanguageTag(string value) =>
        value.Length <= 35 && value.Split('-').All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
}
