using GoOverview.Model.Links;
using System.Collections.Immutable;
using GoOverview.Epub.Styling;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>Writes inline content as XHTML phrasing elements.</summary>
internal sealed partial class InlineRenderer(RenderScope scope)
{
    private XhtmlBuilder Out => scope.Out;

    // The code point shown last in this block, for the CJK–Latin quarter em across element boundaries.
    private int _previous;
    private int _depth;

    public void Write(IEnumerable<Inline> inlines)
    {
        if (_depth == 0) _previous = 0;
        _depth++;
        foreach (var inline in inlines) Write(inline);
        _depth--;
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case Text t: WriteText(t.Value); break;
            case Strong s: Wrap("strong", s.Content); break;
            case Emphasis e: Wrap("em", e.Content); break;
            case Strikethrough s: Wrap("s", s.Content); break;
            case Underline u: Wrap("u", u.Content); break;
            case Superscript s: Wrap("sup", s.Content); break;
            case Subscript s: Wrap("sub", s.Content); break;
            case Code c: WriteCode(c); break;
            case Link l: WriteLink(l); break;
            case Image i: WriteImage(i); break;
            case LineBreak:
                Out.Start("br");
                Out.End("br");
                break;
            case SoftBreak:
                Out.Text("\n");
                _previous = '\n';
                break;
            case FootnoteRef f: WriteFootnoteRef(f); break;
            case Span s: WriteSpan(s); break;
            case Ruby r: WriteRuby(r); break;
            case Formula f: Out.Raw(FormulaMarkup.MathML(f)); break;
            case RawInline: break; // the reader never leaves HTML for a writer
        }
    }

    private void Wrap(string element, ImmutableArray<Inline> content)
    {
        Out.Start(element);
        Write(content);
        Out.End(element);
    }

    private void WriteCode(Code code)
    {
        var element = code.Attr.HasClass("kbd") ? "kbd" : "code";
        if (code.Text.Length > 0 && Layout.HanLatinGap.Between(_previous, char.IsSurrogatePair(code.Text, 0) ? char.ConvertToUtf32(code.Text, 0) : code.Text[0]))
            Out.Text(Layout.HanLatinGap.QuarterEmSpace.ToString(), scope.Location);
        Out.Start(element);
        scope.Id(code.Attr.Id);
        var classes = new List<string>();
        foreach (var c in code.Attr.Classes)
            if (c != "kbd") StyleClasses.AddSafe(classes, c);
        Out.Classes(classes);
        Out.Text(code.Text, scope.Location);
        Out.End(element);
        _previous = Layout.HanLatinGap.LastCodePoint(code.Text, _previous);
    }

    private void WriteSpan(Span span)
    {
        var classes = StyleClasses.For(span.Attr, span.Style, scope.Book.Colors);
        var id = Structure.IdText.Normalize(span.Attr.Id);
        if (classes.Count == 0 && id.Length == 0)
        {
            Write(span.Content);
            return;
        }
        Out.Start("span");
        scope.Id(id);
        Out.Classes(classes);
        Write(span.Content);
        Out.End("span");
    }

    private void WriteLink(Link link)
    {
        var href = ResolveHref(link.Url);
        if (href is null || scope.LinkDepth > 0)
        {
            Write(link.Content);
            return;
        }
        Out.Start("a");
        Out.Attr("href", href);
        if (link.Title.Trim().Length > 0) Out.Attr("title", link.Title);
        scope.LinkDepth++;
        if (PlainText.Of(link.Content).Trim().Length == 0 && !link.Content.Any(i => i is Image)) Out.Text(link.Url, scope.Location);
        else Write(link.Content);
        scope.LinkDepth--;
        Out.End("a");
    }

    private string? ResolveHref(string url)
    {
        var (kind, value) = LinkPolicy.Classify(url);
        switch (kind)
        {
            case LinkKind.External: return value;
            case LinkKind.Internal:
                var href = scope.Book.Plan.HrefOf(value, scope.PackagePath);
                if (href is null)
                    scope.WarnBrokenLink(value, $"link to '#{value}' has no target in the document; the text is kept without the link");
                return href;
            case LinkKind.Unsafe or LinkKind.Relative:
                scope.Warn(kind == LinkKind.Unsafe ? "link-unsafe" : "link-unresolved",
                    $"link '{value}' cannot be kept in the EPUB (only http, https, mailto and #id links are); the text is kept");
                return null;
            default:
                return null;
        }
    }

    private void WriteImage(Image image)
    {
        var src = scope.Book.Images.HrefFor(image.Url, scope.Location);
        if (src is null)
        {
            ImageFallback.Write(scope, image.Url, image.Alt);
            return;
        }
        Out.Start("img");
        Out.Attr("src", src);
        Out.Attr("alt", image.Alt);
        if (image.Title.Trim().Length > 0) Out.Attr("title", image.Title);
        Out.End("img");
    }

    private void WriteFootnoteRef(FootnoteRef reference)
    {
        var number = reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!scope.Book.Plan.Notes.TryGetValue(reference.Label, out var note) || scope.LinkDepth > 0)
        {
            if (note is null)
                scope.Warn("footnote-missing", $"footnote [^{reference.Label}] has no definition; its number is shown without a link");
            Wrap("sup", [new Text(number)]);
            return;
        }
        var count = scope.Book.NoteReferenceCounts.GetValueOrDefault(reference.Label) + 1;
        scope.Book.NoteReferenceCounts[reference.Label] = count;
        Out.Start("a");
        Out.EpubType("noteref");
        Out.Attr("href", scope.Book.Plan.HrefOf(note.NoteId, scope.PackagePath)!);
        if (count == 1) scope.Id(note.FirstRefId);
        Out.Attr("class", "footnote-ref");
        // The note number is no Latin text beside Han: no quarter em before it.
        Out.Start("sup");
        Out.Text(number);
        Out.End("sup");
        Out.End("a");
    }

    /// <summary>&lt;rp&gt; holds the parentheses reading systems without ruby show.</summary>
    private void WriteRuby(Ruby ruby)
    {
        Out.Start("ruby");
        Write(ruby.Content);
        Wrap("rp", [new Text("（")]);
        Wrap("rt", [new Text(ruby.Annotation)]);
        Wrap("rp", [new Text("）")]);
        Out.End("ruby");
    }
}
