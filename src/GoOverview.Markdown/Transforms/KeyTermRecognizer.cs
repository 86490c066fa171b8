using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Markdown.Transforms;

/// <summary>
/// Tags red + bold spans as key terms (<see cref="KeyTerms.ClassName"/>). Because they look the same, a red span
/// whose whole content is one Strong (<c>&lt;font color=red&gt;**x**&lt;/font&gt;</c>) and a Strong whose whole
/// content is one red span (<c>**&lt;span style="color:red"&gt;x&lt;/span&gt;**</c>) are key terms too: the Strong
/// is folded into the span's Style.Bold.
/// </summary>
internal static class KeyTermRecognizer
{
    public static Span Recognize(Span span)
    {
        if (span.Style.Color is { } color && KeyTerms.IsRed(color) && !span.Style.Bold && SoleContent(span.Content) is Strong strong)
            span = span with { Style = span.Style with { Bold = true }, Content = strong.Content };
        return KeyTerms.IsKeyTermStyle(span.Style) && !KeyTerms.IsKeyTerm(span)
            ? span with { Attr = span.Attr with { Classes = span.Attr.Classes.Add(KeyTerms.ClassName) } }
            : span;
    }

    public static Inline Recognize(Strong strong)
    {
        if (SoleContent(strong.Content) is Span { Style.Color: { } color } span && KeyTerms.IsRed(color) && !span.Style.Bold)
            return Recognize(span with { Style = span.Style with { Bold = true } });
        return strong;
    }

    /// <summary>The only non-blank inline of a list, or null.</summary>
    private static Inline? SoleContent(ImmutableArray<Inline> content)
    {
        Inline? sole = null;
        foreach (var inline in content)
        {
            if (inline is Text t && string.IsNullOrWhiteSpace(t.Value)) continue;
            if (sole is not null) return null;
            sole = inline;
        }
        return sole;
    }
}
