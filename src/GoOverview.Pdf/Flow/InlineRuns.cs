using System.Collections.Immutable;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Flow;

/// <summary>
/// Model inlines → styled runs. Strong and key terms use the real bold face (key terms also the theme's key-term
/// colour); emphasis gets Chinese emphasis dots; code the mono face on a tint; a soft break between two wide
/// characters disappears (Chinese soft wrap), elsewhere it is a space.
/// </summary>
internal sealed class InlineRuns(PdfTheme theme)
{
    /// <summary>Makes an inline image's box at a text size; null keeps its alt text instead (unreadable image).</summary>
    public Func<Image, float, InlineBox?>? InlineImage { get; init; }

    /// <summary>Typesets a formula at a text size as an inline box.</summary>
    public Func<Formula, float, InlineBox>? Formula { get; init; }

    public List<StyledRun> Build(ImmutableArray<Inline> inlines, InlineStyle style)
    {
        var runs = new List<StyledRun>();
        Walk(inlines, style, runs);
        return ResolveSoftBreaks(runs);
    }

    private const string SoftBreakMarker = "\u0001";

    private void Walk(ImmutableArray<Inline> inlines, InlineStyle s, List<StyledRun> runs)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: runs.Add(s.Run(t.Value)); break;
                case SoftBreak: runs.Add(s.Run(SoftBreakMarker)); break;
                case LineBreak: runs.Add(s.Run("\n")); break;
                case Strong x: Walk(x.Content, s with { Face = Bold(s.Face) }, runs); break;
                case Emphasis x: Walk(x.Content, s with { Decorations = s.Decorations | TextDecorations.EmphasisDots }, runs); break;
                case Strikethrough x: Walk(x.Content, s with { Decorations = s.Decorations | TextDecorations.Strikethrough }, runs); break;
                case Underline x: Walk(x.Content, s with { Decorations = s.Decorations | TextDecorations.Underline }, runs); break;
                case Superscript x: Walk(x.Content, s with { Size = s.Size * 0.7f, Rise = s.Rise + s.Size * 0.36f }, runs); break;
                case Subscript x: Walk(x.Content, s with { Size = s.Size * 0.7f, Rise = s.Rise - s.Size * 0.14f }, runs); break;
                case Code c:
                    runs.Add(new StyledRun(c.Text, FaceKind.Mono, s.Size * 0.9f, s.ColorFixed ? s.Color : theme.Text, s.Decorations, s.Rise, s.Link, theme.InlineCodeBackground));
                    break;
                case Link l: WalkLink(l, s, runs); break;
                case Image i:
                    if (InlineImage?.Invoke(i, s.Size) is { } box) runs.Add(StyledRun.ForBox(box, s.Size, s.Color, s.Link));
                    else if (i.Alt.Length > 0) runs.Add(s.Run(i.Alt));
                    break;
                case FootnoteRef f:
                    runs.Add((s with { Size = s.Size * 0.7f, Rise = s.Rise + s.Size * 0.36f, Link = "#" + FootnoteIds.Note(f.Number), Color = theme.Link })
                        .Run(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case Span span: Walk(span.Content, SpanStyle(span, s), runs); break;
                case Ruby r: Walk(r.Fallback, s, runs); break;
                case Formula f when Formula is not null: runs.Add(StyledRun.ForBox(Formula(f, s.Size), s.Size, s.Color, s.Link)); break;
                case Formula f: runs.Add(s.Run(f.Tex)); break;
                case RawInline: break;
            }
        }
    }

    private void WalkLink(Link l, InlineStyle s, List<StyledRun> runs)
    {
        var target = l.Url.Length > 0 ? l.Url : null;
        var linked = s with { Link = target, Color = s.ColorFixed ? s.Color : theme.Link };
        if (l.Content.IsDefaultOrEmpty || PlainText.Of(l.Content).Length == 0)
        {
            if (target is not null) runs.Add(linked.Run(l.Url));
            return;
        }
        Walk(l.Content, linked, runs);
    }

    private InlineStyle SpanStyle(Span span, InlineStyle s)
    {
        if (KeyTerms.IsKeyTerm(span)) return s with { Face = Bold(s.Face), Color = theme.KeyTerm, ColorFixed = true };
        var st = span.Style;
        if (st.Color is { } color) s = s with { Color = color, ColorFixed = true };
        if (st.Bold) s = s with { Face = Bold(s.Face) };
        if (st.Italic) s = s with { Decorations = s.Decorations | TextDecorations.EmphasisDots };
        if (st.Underline) s = s with { Decorations = s.Decorations | TextDecorations.Underline };
        if (st.Strikethrough) s = s with { Decorations = s.Decorations | TextDecorations.Strikethrough };
        if (st.Background is { } bg) s = s with { Background = bg };
        return s;
    }

    private static FaceKind Bold(FaceKind face) => face == FaceKind.Mono ? FaceKind.Mono : FaceKind.Bold;

    /// <summary>A soft break vanishes between two wide (CJK) characters and is a space elsewhere.</summary>
    private static List<StyledRun> ResolveSoftBreaks(List<StyledRun> runs)
    {
        var result = new List<StyledRun>(runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Text != SoftBreakMarker)
            {
                if (runs[i].Text.Length > 0) result.Add(runs[i]);
                continue;
            }
            var before = LastChar(result);
            var after = NextChar(runs, i + 1);
            var bothWide = before is { } b && after is { } a && IsWide(b) && IsWide(a);
            if (!bothWide && before is not null && after is not null) result.Add(runs[i] with { Text = " " });
        }
        return result;
    }

    private static int? LastChar(List<StyledRun> runs)
    {
        for (var i = runs.Count - 1; i >= 0; i--)
            if (runs[i].Text.Length > 0) return runs[i].Text[^1];
        return null;
    }

    private static int? NextChar(List<StyledRun> runs, int from)
    {
        for (var i = from; i < runs.Count; i++)
            if (runs[i].Text.Length > 0 && runs[i].Text != SoftBreakMarker) return runs[i].Text[0];
        return null;
    }

    private static bool IsWide(int cp) => cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x20000;
}

