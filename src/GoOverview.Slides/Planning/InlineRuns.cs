using System.Collections.Immutable;
using System.Globalization;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Model inlines → styled runs. A hard line break splits the inlines into several lines (each becomes its own
/// paragraph on the slide), so a run never holds a line break.
/// </summary>
internal sealed class InlineRuns(DiagnosticBag diagnostics)
{
    public ImmutableArray<ImmutableArray<SlideRun>> Lines(ImmutableArray<Inline> inlines, SourceLocation? location)
    {
        var lines = new List<List<SlideRun>> { new() };
        Append(lines, inlines, RunStyle.Plain, null, location);
        return lines.Select(Merge).Where(l => l.Length > 0).ToImmutableArray();
    }

    private void Append(List<List<SlideRun>> lines, ImmutableArray<Inline> inlines, RunStyle style, string? link, SourceLocation? location)
    {
        if (inlines.IsDefaultOrEmpty) return;
        foreach (var inline in inlines)
        {
            var current = lines[^1];
            switch (inline)
            {
                case Text t: current.Add(new SlideRun(t.Value, style, link)); break;
                case Code c: current.Add(new SlideRun(c.Text, style with { Monospace = true }, link)); break;
                case SoftBreak: current.Add(new SlideRun(" ", style, link)); break;
                case LineBreak: lines.Add(new List<SlideRun>()); break;
                case Strong s: Append(lines, s.Content, style with { Bold = true }, link, location); break;
                case Emphasis e: Append(lines, e.Content, style with { Italic = true }, link, location); break;
                case Underline u: Append(lines, u.Content, style with { Underline = true }, link, location); break;
                case Strikethrough s: Append(lines, s.Content, style with { Strikethrough = true }, link, location); break;
                case Superscript s: Append(lines, s.Content, style with { Baseline = RunBaseline.Superscript }, link, location); break;
                case Subscript s: Append(lines, s.Content, style with { Baseline = RunBaseline.Subscript }, link, location); break;
                case Link l: Append(lines, l.Content, style, l.Url, location); break;
                case Span s: Append(lines, s.Content, Apply(style, s), link, location); break;
                case Ruby r: Append(lines, r.Fallback, style, link, location); break;
                case Formula f:
                    // One object in the text (U+FFFC): measured and drawn as the typeset equation, written to the .pptx as Office Math.
                    current.Add(new SlideRun(GoOverview.Layout.StyledRun.ObjectReplacement, style, link, f with { Display = false }));
                    break;
                case FootnoteRef f:
                    current.Add(new SlideRun(f.Number.ToString(CultureInfo.InvariantCulture), style with { Baseline = RunBaseline.Superscript }, link));
                    break;
                case Image i:
                    diagnostics.ReportOnce("slides-inline-image:" + i.Url, new Diagnostic(Severity.Warning, "slides-image",
                        $"image '{i.Url}' inside text is shown on slides as its description \"{i.Alt}\"", location));
                    if (i.Alt.Length > 0) current.Add(new SlideRun(i.Alt, style with { Italic = true }, link));
                    break;
                case RawInline:
                    break;
            }
        }
    }

    private static RunStyle Apply(RunStyle style, Span span)
    {
        var s = span.Style;
        var result = style with
        {
            Bold = style.Bold || s.Bold,
            Italic = style.Italic || s.Italic,
            Underline = style.Underline || s.Underline,
            Strikethrough = style.Strikethrough || s.Strikethrough,
            Color = s.Color ?? style.Color,
        };
        if (KeyTerms.IsKeyTerm(span))
            result = result with { KeyTerm = true, Bold = true, Color = s.Color ?? RgbColor.Red };
        return result;
    }

    /// <summary>Joins neighbouring runs of the same style and link; drops empty runs and trims the line's outer spaces.</summary>
    private static ImmutableArray<SlideRun> Merge(List<SlideRun> runs)
    {
        var merged = new List<SlideRun>();
        foreach (var run in runs)
        {
            if (run.Text.Length == 0) continue;
            // A formula stays one run of its own (it is written as one equation).
            if (merged.Count > 0 && merged[^1].Style == run.Style && merged[^1].LinkUrl == run.LinkUrl && merged[^1].Formula is null && run.Formula is null)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else
                merged.Add(run);
        }
        if (merged.Count > 0) merged[0] = merged[0] with { Text = merged[0].Text.TrimStart() };
        if (merged.Count > 0) merged[^1] = merged[^1] with { Text = merged[^1].Text.TrimEnd() };
        merged.RemoveAll(r => r.Text.Length == 0);
        return merged.ToImmutableArray();
    }
}
