using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GoOverview.Model;

namespace GoOverview.Markdown.Transforms;

/// <summary>
/// Markdig's auto-links miss URLs glued to Chinese text ("见https://go.dev，然后"): it wants a space before and
/// takes the full-width comma into the URL. This links any http(s) URL left in plain text, ending at the first
/// non-ASCII or space character and dropping trailing sentence punctuation. Text inside links is left alone.
/// </summary>
internal static partial class BareUrlLinker
{
    public static ImmutableArray<Inline> Apply(ImmutableArray<Inline> inlines)
    {
        ImmutableArray<Inline>.Builder? result = null;
        for (var i = 0; i < inlines.Length; i++)
        {
            var replacement = Rewrite(inlines[i]);
            if (result is null && ReferenceEquals(replacement, null)) continue;
            if (result is null)
            {
                result = ImmutableArray.CreateBuilder<Inline>(inlines.Length + 2);
                result.AddRange(inlines, i);
            }
            if (replacement is null) result.Add(inlines[i]);
            else result.AddRange(replacement);
        }
        return result?.ToImmutable() ?? inlines;
    }

    /// <summary>The replacement for one inline, or null when it stays as it is.</summary>
    private static IEnumerable<Inline>? Rewrite(Inline inline)
    {
        switch (inline)
        {
            case Text t when t.Value.Contains("://", StringComparison.Ordinal):
                var pieces = Split(t.Value);
                return pieces.Count == 1 ? null : pieces;
            case Link or Code or RawInline:
                return null;
        }
        var children = DocumentWalker.ChildInlines(inline);
        if (children.IsDefaultOrEmpty) return null;
        var rewritten = Apply(children);
        if (rewritten == children) return null;
        return [inline switch
        {
            Strong s => s with { Content = rewritten },
            Emphasis e => e with { Content = rewritten },
            Strikethrough s => s with { Content = rewritten },
            Underline u => u with { Content = rewritten },
            Superscript s => s with { Content = rewritten },
            Subscript s => s with { Content = rewritten },
            Span s => s with { Content = rewritten },
            Ruby r => r with { Content = rewritten },
            _ => inline,
        }];
    }

    private static List<Inline> Split(string text)
    {
        var pieces = new List<Inline>();
        var position = 0;
        foreach (Match match in UrlPattern().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');
            if (url.EndsWith(')') && url.Count(c => c == '(') < url.Count(c => c == ')')) url = url[..^1];
            if (url.Length <= match.Value.IndexOf("://", StringComparison.Ordinal) + 3) continue;
            if (url.Length > Parsing.DocumentLimits.MaxUrlLength) continue; // stays plain text, like a too-long written link
            if (match.Index > position) pieces.Add(new Text(text[position..match.Index]));
            pieces.Add(new Link([new Text(url)], url, ""));
            position = match.Index + url.Length;
        }
        if (position < text.Length) pieces.Add(new Text(text[position..]));
        return pieces;
    }

    [GeneratedRegex(@"https?://[!-~]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
