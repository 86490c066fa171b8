namespace GoOverview.Layout;

/// <summary>A line as a range of clusters: First..Last inclusive (Last may be trailing spaces or a newline).</summary>
internal readonly record struct LineRange(int First, int Last, bool EndsWithNewline);

/// <summary>
/// Pass 5: fit clusters into lines — justified text by total fit (<see cref="TotalFit"/>), the rest and the
/// paragraphs total fit gives up on greedily. A line ends at the last break opportunity that fits; a word longer
/// than the line breaks between clusters as a last resort. Then the lone-character rule: a paragraph's last line
/// must not hold a single Han character (with or without punctuation) — one more character is pulled down.
/// </summary>
internal static class LineFitter
{
    public static ValueList<LineRange> Fit(Cluster[] c, float width, float firstLineWidth, bool avoidLoneLast, bool totalFit)
    {
        if (totalFit && TotalFit.Fit(c, width, firstLineWidth, avoidLoneLast) is { } best) return best;
        var lines = new ValueList<LineRange>();
        var s = 0;
        while (s < c.Length)
        {
            var available = lines.Count == 0 ? firstLineWidth : width;
            var end = FitOne(c, s, available, out var newline);
            lines.Add(new LineRange(s, end, newline));
            s = end + 1;
        }
        if (avoidLoneLast) PullDownForLoneLast(c, lines, width);
        return lines;
    }

    private static int FitOne(Cluster[] c, int s, float available, out bool newline)
    {
        newline = false;
        var sum = 0f;
        var lastBreak = -1;
        for (var i = s; i < c.Length; i++)
        {
            if (c[i].IsNewline)
            {
                newline = true;
                return i;
            }
            if (i > s) sum += c[i - 1].Extra;
            sum += c[i].Advance;
            if (!c[i].IsSpace && sum - c[i].Hang > available + 0.01f && i > s)
            {
                if (lastBreak >= s) return lastBreak;
                return i - 1; // nothing fits: break inside the word (long URL)
            }
            if (c[i].BreakAfter) lastBreak = i;
        }
        return c.Length - 1;
    }

    /// <summary>Width of clusters First..Last without trailing spaces, the last cluster's extra and its hanging half.</summary>
    public static float NaturalWidth(Cluster[] c, int first, int last)
    {
        var lastInk = LastInk(c, first, last);
        var sum = 0f;
        for (var i = first; i <= lastInk; i++)
        {
            sum += c[i].Advance;
            if (i < lastInk) sum += c[i].Extra;
        }
        return lastInk >= first ? sum - c[lastInk].Hang : 0;
    }

    /// <summary>The last cluster that draws something (not a trailing space or newline), or first-1.</summary>
    public static int LastInk(Cluster[] c, int first, int last)
    {
        var i = last;
        while (i >= first && (c[i].IsSpace || c[i].IsNewline)) i--;
        return i;
    }

    private static void PullDownForLoneLast(Cluster[] c, ValueList<LineRange> lines, float width)
    {
        if (lines.Count < 2) return;
        var last = lines[^1];
        var prev = lines[^2];
        if (prev.EndsWithNewline || !IsLoneHan(c, last)) return;
        for (var k = prev.Last - 1; k > prev.First; k--)
        {
            if (!c[k].BreakAfter) continue;
            if (NaturalWidth(c, k + 1, last.Last) > width + 0.01f) return;
            lines[^2] = new LineRange(prev.First, k, false);
            lines[^1] = new LineRange(k + 1, last.Last, last.EndsWithNewline);
            return;
        }
    }

    internal static bool IsLoneHan(Cluster[] c, LineRange line)
    {
        var han = 0;
        for (var i = line.First; i <= line.Last; i++)
        {
            if (c[i].IsSpace || c[i].IsNewline || CharClasses.IsPunctuation(c[i].FirstCp)) continue;
            if (!CharClasses.IsHan(c[i].FirstCp)) return false;
            han++;
        }
        return han == 1;
    }
}
