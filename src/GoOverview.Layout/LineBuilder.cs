using System.Text;

namespace GoOverview.Layout;

/// <summary>
/// Pass 6: place the clusters of a line — alignment, justification (the gaps' glue stretched or shrunk by one ratio;
/// never inside a Latin word) — and cut them into glyph runs with UTF-8 clusters.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Ideographic em box: the baseline sits this far below the top of a 1-em box.</summary>
    private const float EmBoxAscent = 0.88f;

    public static LaidLine Build(string text, List<ShapedItem> items, Cluster[] c, LineRange range, float left,
        float available, float top, ParagraphOptions options, bool isLastLine)
    {
        var lastInk = LineFitter.LastInk(c, range.First, range.Last);
        var natural = LineFitter.NaturalWidth(c, range.First, range.Last);
        var maxSize = 0f;
        for (var i = range.First; i <= range.Last; i++) maxSize = Math.Max(maxSize, c[i].Size);
        if (maxSize == 0) maxSize = items.Count > 0 ? items[0].Run.Size : 10;

        var justify = options.Alignment == TextAlignment.Justify && !isLastLine && !range.EndsWithNewline;
        var ratio = justify ? Ratio(c, range.First, lastInk, available - natural, maxSize) : 0;
        var width = natural;
        var x0 = left;
        if (options.Alignment == TextAlignment.Center) x0 += Math.Max(0, (available - natural) / 2);
        else if (options.Alignment == TextAlignment.Right) x0 += Math.Max(0, available - natural);

        var runs = new List<GlyphRun>();
        var pen = x0;
        var runStart = range.First;
        var runX = new ValueList<float>();
        var runY = new ValueList<float>();
        for (var i = range.First; i <= lastInk; i++)
        {
            var item = items[c[i].Item];
            if (i > runStart && c[i].Item != c[runStart].Item)
            {
                runs.Add(MakeRun(text, items, c, runStart, i - 1, runX, runY, pen));
                runStart = i;
                runX.Clear();
                runY.Clear();
            }
            for (var g = c[i].GlyphStart; g < c[i].GlyphEnd; g++)
            {
                runX.Add(pen + item.OffsetX[g]);
                runY.Add(item.OffsetY[g] + item.Run.Rise);
                pen += item.Advances[g];
            }
            if (i < lastInk)
            {
                pen += c[i].Extra;
                pen += ratio > 0 ? ratio * c[i].Stretch : ratio * c[i].Shrink;
            }
        }
        if (lastInk >= runStart) runs.Add(MakeRun(text, items, c, runStart, lastInk, runX, runY, pen));
        if (ratio != 0) width = pen - x0 - (lastInk >= range.First ? c[lastInk].Hang : 0);

        var height = maxSize * options.LineHeight;
        var baseline = (height - maxSize) / 2 + EmBoxAscent * maxSize;
        var lineText = lastInk >= range.First ? text[c[range.First].Start..c[lastInk].End] : "";
        return new LaidLine(top, height, baseline, x0, width, lineText, runs, isLastLine);
    }

    /// <summary>
    /// The justification ratio that fills the line: of the gaps' stretch when short, of their shrink (at most all of
    /// it) when total fit set it over-full. No stretching when it would open gaps wider than an em.
    /// </summary>
    private static float Ratio(Cluster[] c, int first, int lastInk, float shortfall, float em)
    {
        if (Math.Abs(shortfall) <= 0.001f) return 0;
        float stretch = 0, shrink = 0;
        for (var i = first; i < lastInk; i++)
        {
            stretch += c[i].Stretch;
            shrink += c[i].Shrink;
        }
        if (shortfall < 0) return shrink > 0 ? Math.Max(-1, shortfall / shrink) : 0;
        if (stretch <= 0) return 0;
        var ratio = shortfall / stretch;
        return ratio * JustificationGlue.HanGapStretchEm * em <= em ? ratio : 0;
    }

    private static GlyphRun MakeRun(string text, List<ShapedItem> items, Cluster[] c, int first, int last,
        ValueList<float> xs, ValueList<float> ys, float right)
    {
        var item = items[c[first].Item];
        var start = c[first].Start;
        var end = c[last].End;
        var runText = text[start..end];
        var glyphCount = c[last].GlyphEnd - c[first].GlyphStart;
        var glyphs = new ushort[glyphCount];
        var clusters = new uint[glyphCount];
        Array.Copy(item.Glyphs, c[first].GlyphStart, glyphs, 0, glyphCount);
        var utf8Offset = 0;
        var charPos = start;
        for (var g = 0; g < glyphCount; g++)
        {
            var charIndex = item.CharIndex[c[first].GlyphStart + g];
            if (charIndex > charPos)
            {
                utf8Offset += Encoding.UTF8.GetByteCount(text.AsSpan(charPos, charIndex - charPos));
                charPos = charIndex;
            }
            clusters[g] = (uint)utf8Offset;
        }
        var run = item.Run;
        return new GlyphRun(item.Item.Font, run.Size, run.Color, run.Decorations, run.Rise, run.Link, run.Background,
            glyphs, xs.ToArray(), ys.ToArray(), runText, clusters, xs.Count > 0 ? xs[0] - item.OffsetX[c[first].GlyphStart] : right, right, run.Box);
    }
}
