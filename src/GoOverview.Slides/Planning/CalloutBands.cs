using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>Marks the paragraphs of one callout (reference identity: two callouts in a row are two boxes).</summary>
internal sealed class CalloutMark(CalloutKind kind, int level)
{
    public CalloutKind Kind { get; } = kind;

    /// <summary>The list level the callout sits at; its text is one level deeper, inside the box.</summary>
    public int Level { get; } = level;
}

/// <summary>A callout's box on a slide (slide coordinates, points): tint with a coloured rule on the left.</summary>
internal sealed record CalloutBand(Box Box, RgbColor Tint, RgbColor Rule)
{
    public const double RuleWidth = 4;

    /// <summary>Space between the box and the first and last lines inside it.</summary>
    private const double Padding = 4;

    /// <summary>Extra space before a box and after it (its padding plus a gap).</summary>
    public const double Gap = 2 * Padding;

    /// <summary>The boxes behind one slide's paragraphs, from the measured line counts (the text's lines are exact).</summary>
    public static ImmutableArray<CalloutBand> For(ImmutableArray<SlideParagraph> body, double bodySize, ContentKind kind,
        SlideTheme theme, Func<SlideParagraph, int> lineCount)
    {
        if (!body.Any(p => p.Callout is not null)) return [];
        var bands = ImmutableArray.CreateBuilder<CalloutBand>();
        var y = theme.BodyBox.Y + theme.InsetY;
        CalloutMark? open = null;
        var top = 0.0;
        var bottom = 0.0;
        for (var i = 0; i < body.Length; i++)
        {
            var paragraph = body[i];
            var size = theme.ParagraphFontSize(paragraph, bodySize);
            if (i > 0) y += theme.SpaceBefore(paragraph, size, kind);
            var height = lineCount(paragraph) * theme.LineHeight(paragraph, size);
            if (!ReferenceEquals(paragraph.Callout, open))
            {
                Close();
                open = paragraph.Callout;
                top = y;
            }
            y += height;
            bottom = y;
        }
        Close();
        return bands.ToImmutable();

        void Close()
        {
            if (open is null) return;
            var style = CalloutStyles.For(open.Kind);
            var left = theme.BodyBox.X + theme.InsetX + open.Level * theme.IndentPerLevel;
            var right = theme.BodyBox.X + theme.BodyBox.Width - theme.InsetX;
            bands.Add(new CalloutBand(new Box(left, top - Padding, right - left, bottom - top + 2 * Padding), style.Tint, style.Accent));
        }
    }
}
