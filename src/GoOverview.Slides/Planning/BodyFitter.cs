using System.Collections.Immutable;
using GoOverview.Slides.Measuring;

namespace GoOverview.Slides.Planning;

/// <summary>A body fitted into the body box: the size chosen and the paragraphs of each slide (more than one: continued).</summary>
internal sealed record FittedBody(double FontSize, IReadOnlyList<ImmutableArray<SlideParagraph>> Pages);

/// <summary>
/// Fits body text into the body box: the largest theme size at which everything fits on one slide; if even the
/// minimum size is too big, the text flows over several slides at the minimum size, split between paragraphs or,
/// for a paragraph longer than the space left, between measured lines.
/// </summary>
internal sealed class BodyFitter(SlideTheme theme, ITextMeasurer measurer)
{
    /// <summary>Fewest lines of a split paragraph left on either side of the split.</summary>
    private const int MinLinesAtSplit = 2;

    private readonly Dictionary<(SlideParagraph, double), IReadOnlyList<MeasuredLine>> _measured = new();
    private readonly Dictionary<SlideParagraph, (double Size, MeasuredLine Line)> _singleLines = new();

    public double AvailableHeight => theme.BodyBox.Height - 2 * theme.InsetY;

    public FittedBody Fit(ImmutableArray<SlideParagraph> body, ContentKind kind)
    {
        var sizes = kind switch
        {
            ContentKind.References => [theme.ReferenceFontSize],
            ContentKind.Code => theme.CodeFontSizes,
            _ => theme.BodyFontSizes,
        };
        foreach (var size in sizes)
        {
            if (Fits(body, size, kind)) return new FittedBody(size, [body]);
        }
        return new FittedBody(sizes[^1], Paginate(body, sizes[^1], kind));
    }

    /// <summary>
    /// Whether the paragraphs fit the body box at a body size. Stops measuring at the first paragraph that overflows,
    /// so trying a size that is too large costs about one slide of measuring, not the whole section.
    /// </summary>
    public bool Fits(IReadOnlyList<SlideParagraph> paragraphs, double bodySize, ContentKind kind)
    {
        var height = 0.0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var size = theme.ParagraphFontSize(paragraphs[i], bodySize);
            if (i > 0) height += theme.SpaceBefore(paragraphs[i], size, kind);
            height += Lines(paragraphs[i], bodySize).Count * theme.LineHeight(paragraphs[i], size);
            if (height > AvailableHeight) return false;
        }
        return true;
    }

    /// <summary>Height of a slide's paragraphs at a body size (the first paragraph gets no space before).</summary>
    public double Height(IReadOnlyList<SlideParagraph> paragraphs, double bodySize, ContentKind kind)
    {
        var height = 0.0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var size = theme.ParagraphFontSize(paragraphs[i], bodySize);
            if (i > 0) height += theme.SpaceBefore(paragraphs[i], size, kind);
            height += Lines(paragraphs[i], bodySize).Count * theme.LineHeight(paragraphs[i], size);
        }
        return height;
    }

    /// <summary>The measured lines of a paragraph at a body size, in the width its indent leaves.</summary>
    /// <summary>The measured lines of a paragraph in another box than the body box (a column).</summary>
    public IReadOnlyList<MeasuredLine> Lines(SlideParagraph paragraph, double bodySize, Box box)
    {
        var size = theme.ParagraphFontSize(paragraph, bodySize);
        return measurer.BreakLines(paragraph.Runs, size, theme.TextAreaWidth(box) - theme.TextIndent(paragraph, size) - size);
    }

    public IReadOnlyList<MeasuredLine> Lines(SlideParagraph paragraph, double bodySize)
    {
        if (_measured.TryGetValue((paragraph, bodySize), out var lines)) return lines;
        var size = theme.ParagraphFontSize(paragraph, bodySize);
        lines = ScaledSingleLine(paragraph, size) ?? measurer.BreakLines(paragraph.Runs, size, TextWidth(paragraph, size));
        _measured[(paragraph, bodySize)] = lines;
        if (lines.Count == 1) _singleLines[paragraph] = (size, lines[0]);
        return lines;
    }

    /// <summary>
    /// A paragraph that fit on one line at a larger size fits on one line at any smaller one: every advance scales
    /// with the size while the width left for the text only grows (the marker and slack shrink), so it need not be
    /// shaped again.
    /// </summary>
    private IReadOnlyList<MeasuredLine>? ScaledSingleLine(SlideParagraph paragraph, double size)
    {
        if (!_singleLines.TryGetValue(paragraph, out var known) || known.Size < size) return null;
        return [known.Line with { Width = known.Line.Width * size / known.Size }];
    }

    /// <summary>
    /// Width the text may take: the box less insets and indent, less one em of slack so a renderer whose line
    /// breaking differs slightly from ours (kerning, spacing rules) still breaks no earlier.
    /// </summary>
    public double TextWidth(SlideParagraph paragraph, double size) =>
        theme.TextAreaWidth(theme.BodyBox) - theme.TextIndent(paragraph, size) - size;

    /// <summary>Room the first line of a paragraph takes after the one before it.</summary>
    private double FirstLineHeight(SlideParagraph paragraph, double bodySize, ContentKind kind)
    {
        var size = theme.ParagraphFontSize(paragraph, bodySize);
        return theme.SpaceBefore(paragraph, size, kind) + theme.LineHeight(paragraph, size);
    }

    /// <summary>
    /// Flows the paragraphs over slides. A paragraph is measured once: a split cuts its runs at the measured line
    /// starts and the rest keeps the remaining lines, so a paragraph spanning many slides costs linear time.
    /// </summary>
    public List<ImmutableArray<SlideParagraph>> Paginate(ImmutableArray<SlideParagraph> body, double bodySize, ContentKind kind)
    {
        var pages = new List<ImmutableArray<SlideParagraph>>();
        var page = new List<SlideParagraph>();
        var used = 0.0;
        for (var k = 0; k < body.Length; k++)
        {
            var paragraph = body[k];
            var size = theme.ParagraphFontSize(paragraph, bodySize);
            var lineHeight = theme.LineHeight(paragraph, size);
            var lines = Lines(paragraph, bodySize);
            if (page.Count > 0 && paragraph.KeepWithNext && k + 1 < body.Length
                && used + theme.SpaceBefore(paragraph, size, kind) + lines.Count * lineHeight + FirstLineHeight(body[k + 1], bodySize, kind) > AvailableHeight)
            {
                pages.Add(page.ToImmutableArray());
                page = new List<SlideParagraph>();
                used = 0;
            }
            var cutter = new RunCutter(paragraph.Runs);
            var first = 0; // first line not yet placed
            while (true)
            {
                var remaining = lines.Count - first;
                var spacing = page.Count > 0 && first == 0 ? theme.SpaceBefore(paragraph, size, kind) : 0;
                if (used + spacing + remaining * lineHeight <= AvailableHeight)
                {
                    page.Add(first == 0 ? paragraph : paragraph with { Runs = cutter.Rest(), IsContinuation = true });
                    used += spacing + remaining * lineHeight;
                    break;
                }
                var room = (int)Math.Floor((AvailableHeight - used - spacing) / lineHeight);
                var splitHere = page.Count == 0 || (room >= MinLinesAtSplit && remaining - room >= MinLinesAtSplit);
                if (splitHere && room >= 1 && room < remaining)
                {
                    var head = cutter.Take(lines[first + room].Start);
                    page.Add(first == 0 ? paragraph with { Runs = head } : paragraph with { Runs = head, IsContinuation = true });
                    first += room;
                }
                else if (page.Count == 0)
                {
                    throw new InvalidOperationException($"body box too small for one line at {size} pt");
                }
                pages.Add(page.ToImmutableArray());
                page = new List<SlideParagraph>();
                used = 0;
            }
        }
        if (page.Count > 0 || pages.Count == 0) pages.Add(page.ToImmutableArray());
        return pages;
    }
}
