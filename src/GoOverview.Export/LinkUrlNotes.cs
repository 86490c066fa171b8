using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Export;

/// <summary>How a printed format shows the address of a link whose text is not the address itself.</summary>
public enum LinkUrls
{
    /// <summary>The URL in a footnote after the link (the handout's default).</summary>
    Footnote,
    /// <summary>A marker [n] after the link and a numbered list of the URLs at the end of its section (<see cref="LinkUrlList"/>).</summary>
    List,
    /// <summary>Only the link text (a clickable annotation where the format has them).</summary>
    None,
}

/// <summary>
/// Print-friendly links for any writer: each web or mail link whose text differs from its address gets a footnote
/// holding the address (one note per address, reused), numbered with the document's own footnotes in reading order.
/// Links in headings (a note mark there would reach the contents and the running header) and in footnotes are left alone.
/// </summary>
public static class LinkUrlNotes
{
    public static LinkUrls? Parse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "footnote" or "footnotes" => LinkUrls.Footnote,
        "list" => LinkUrls.List,
        "none" => LinkUrls.None,
        _ => null,
    };

    public const string Choices = "footnote, list or none";

    public static Document Apply(Document document, LinkUrls mode)
    {
        if (mode == LinkUrls.None) return document;
        if (mode == LinkUrls.List) return LinkUrlList.Apply(document);
        var marking = new MarkLinks();
        var marked = marking.Rewrite(document);
        if (marking.Added.Count == 0) return document;
        var renumber = new Renumber();
        var all = marked.Footnotes.AddRange(marking.Added);
        var rewritten = renumber.Rewrite(marked with { Footnotes = all });
        var notes = rewritten.Footnotes
            .Select(n => n with { Number = renumber.NumberOf(n.Label) })
            .OrderBy(n => n.Number).ToImmutableArray();
        return rewritten with { Footnotes = notes };
    }

    /// <summary>Whether the link shows something other than its own address (scheme, "www." and a final / aside).</summary>
    public static bool NeedsNote(Link link)
    {
        var url = link.Url.Trim();
        if (!(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
              url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))) return false;
        return Bare(PlainText.Of(link.Content)) != Bare(url);
    }

    private static string Bare(string address)
    {
        var s = address.Trim();
        foreach (var scheme in (string[])["https://", "http://", "mailto:"])
            if (s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) s = s[scheme.Length..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s.TrimEnd('/').ToLowerInvariant();
    }

    private sealed class MarkLinks : LinkAddressMarker
    {
        private readonly Dictionary<string, string> _labelByUrl = new(StringComparer.Ordinal);

        public List<FootnoteDefinition> Added { get; } = new();

        protected override Inline MarkerFor(string url) => new FootnoteRef(LabelOf(url), 0);

        private string LabelOf(string url)
        {
            if (_labelByUrl.TryGetValue(url, out var label)) return label;
            label = "\u0001url-" + (_labelByUrl.Count + 1);
            _labelByUrl[url] = label;
            Added.Add(new FootnoteDefinition(label, 0, [new Paragraph([new Link([new Text(url)], url, "")])]));
            return label;
        }
    }

    /// <summary>Numbers every note by its first reference in reading order (body first, then notes inside notes).</summary>
    private sealed class Renumber : ModelRewriter
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public int NumberOf(string label)
        {
            if (!_numbers.TryGetValue(label, out var n)) _numbers[label] = n = _numbers.Count + 1; // never referenced: after the rest
            return n;
        }

        public override Inline RewriteInline(Inline inline) =>
            inline is FootnoteRef f ? f with { Number = NumberOf(f.Label) } : base.RewriteInline(inline);
    }
}
